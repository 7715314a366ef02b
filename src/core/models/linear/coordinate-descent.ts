// Cyclic coordinate descent for the elastic net, as scikit-learn's cd_fast.enet_coordinate_descent (same updates,
// same order, same stopping rule), on the objective multiplied by n:
//   ½‖y − Xw‖² + l1·‖w‖₁ + ½·l2·‖w‖²,   l1 = n·α·ρ,  l2 = n·α·(1 − ρ)
// Each coordinate's minimiser is a soft-threshold, so coefficients reach exact zeros. After a sweep whose largest
// change is small relative to the largest coefficient (or on the last allowed sweep), the duality gap is computed;
// the run stops once it is below tol·‖y‖².

/** Result of one coordinate-descent run. */
export interface CdResult {
  /** Sweeps done (scikit-learn's n_iter_). */
  nIter: number;
  /** Duality gap of the n-scaled objective at the end. */
  gap: number;
  /** The gap's stopping threshold, tol·‖y‖². */
  gapTol: number;
  converged: boolean;
}

/**
 * Minimises the objective above in place of `w` (a warm start: pass zeros to start cold). `cols` are X's columns,
 * `y` the targets (both already centred when an intercept is fitted).
 */
export function enetCoordinateDescent(
  cols: Float64Array[], y: Float64Array, w: Float64Array, l1: number, l2: number, maxIter: number, tol: number,
): CdResult {
  const d = cols.length;
  const norm2 = cols.map((c) => dot(c, c));
  const R = y.slice();
  for (let j = 0; j < d; j++) if (w[j] !== 0) axpy(-w[j], cols[j], R);
  const gapTol = tol * dot(y, y);
  let gap = gapTol + 1;
  for (let iter = 0; iter < maxIter; iter++) {
    let wMax = 0, dwMax = 0;
    for (let j = 0; j < d; j++) {
      if (norm2[j] === 0) continue;
      const wj = w[j], c = cols[j];
      if (wj !== 0) axpy(wj, c, R);
      const t = dot(c, R);
      // an exact (positive) zero inside the threshold
      const next = Math.abs(t) <= l1 ? 0 : (Math.sign(t) * (Math.abs(t) - l1)) / (norm2[j] + l2);
      w[j] = next;
      if (next !== 0) axpy(-next, c, R);
      dwMax = Math.max(dwMax, Math.abs(next - wj));
      wMax = Math.max(wMax, Math.abs(next));
    }
    if (wMax === 0 || dwMax / wMax < tol || iter === maxIter - 1) {
      gap = dualityGap(cols, y, w, R, l1, l2);
      if (gap < gapTol) return { nIter: iter + 1, gap, gapTol, converged: true };
    }
  }
  return { nIter: maxIter, gap, gapTol, converged: false };
}

/** scikit-learn's gap: the primal objective minus the dual at the residual scaled into the dual's feasible set. */
function dualityGap(cols: Float64Array[], y: Float64Array, w: Float64Array, R: Float64Array, l1: number, l2: number): number {
  let dualNorm = 0, l1Norm = 0, wNorm2 = 0;
  cols.forEach((c, j) => {
    dualNorm = Math.max(dualNorm, Math.abs(dot(c, R) - l2 * w[j]));
    l1Norm += Math.abs(w[j]);
    wNorm2 += w[j] * w[j];
  });
  const rNorm2 = dot(R, R);
  let k = 1, gap = rNorm2;
  if (dualNorm > l1) {
    k = l1 / dualNorm;
    gap = 0.5 * (rNorm2 + rNorm2 * k * k);
  }
  return gap + l1 * l1Norm - k * dot(R, y) + 0.5 * l2 * (1 + k * k) * wNorm2;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** y += a·x */
function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}
