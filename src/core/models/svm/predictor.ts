// The fitted model as a decision needs it: the support vectors stored flat once, and per pair of classes which of them
// count and with what coefficient y·α, and the pair's ρ. Built from the pairwise solvers; evaluated row by row.
import { kernelValue, type KernelSpec } from './kernels';
import type { PairProblem, SvcData } from './ovo';

/** The model a decision needs: support vectors (flat) and, per pair, which of them count and with what coefficient. */
export interface Predictor {
  spec: KernelSpec;
  d: number;
  sv: Float64Array;
  pairs: { sv: Int32Array; coef: Float64Array; rho: number }[];
}

/** The predictor of the current α (every pair's solver), the support vectors in scikit-learn's order. */
export function makePredictor(data: SvcData, problems: PairProblem[], supportIndices: number[], rhos: number[]): Predictor {
  const { X, d } = data;
  const slot = new Map<number, number>(supportIndices.map((row, s) => [row, s]));
  const sv = new Float64Array(supportIndices.length * d);
  supportIndices.forEach((row, s) => sv.set(X.subarray(row * d, row * d + d), s * d));
  const pairs = problems.map((p, k) => {
    const idx: number[] = [], coef: number[] = [];
    p.rows.forEach((row, t) => {
      const a = p.solver.alpha[t];
      if (a > 0) { idx.push(slot.get(row)!); coef.push(p.solver.y[t] * a); }
    });
    return { sv: Int32Array.from(idx), coef: Float64Array.from(coef), rho: rhos[k] };
  });
  const s = problems[0].solver.cache.spec;
  return { spec: s, d, sv, pairs };
}

/** K(sv_s, row r) for every support vector s into kx: the kernel chosen once per row, the widgets' 2-D case unrolled. */
function kernelRow(m: Predictor, Xflat: ArrayLike<number>, r: number, kx: Float64Array): void {
  const { spec, sv, d } = m, nSv = kx.length;
  if (d === 2) {
    const a = Xflat[2 * r], b = Xflat[2 * r + 1], g = spec.gamma, c = spec.coef0;
    if (spec.kernel === 'rbf') {
      for (let s = 0; s < nSv; s++) { const u = sv[2 * s] - a, v = sv[2 * s + 1] - b; kx[s] = Math.exp(-g * (u * u + v * v)); }
      return;
    }
    for (let s = 0; s < nSv; s++) kx[s] = sv[2 * s] * a + sv[2 * s + 1] * b;
    if (spec.kernel === 'poly') for (let s = 0; s < nSv; s++) kx[s] = (g * kx[s] + c) ** spec.degree;
    else if (spec.kernel === 'sigmoid') for (let s = 0; s < nSv; s++) kx[s] = Math.tanh(g * kx[s] + c);
    return;
  }
  for (let s = 0; s < nSv; s++) kx[s] = kernelValue(spec, sv, s, Xflat, r, d);
}

/** Pairwise decision values (LIBSVM's sign: positive = the pair's first class) for nRows flat rows into out. */
export function pairValues(m: Predictor, Xflat: ArrayLike<number>, nRows: number, out: Float64Array): Float64Array {
  const { sv, pairs, d } = m;
  const nSv = sv.length / d, kx = new Float64Array(nSv), P = pairs.length;
  for (let r = 0; r < nRows; r++) {
    kernelRow(m, Xflat, r, kx);
    for (let k = 0; k < P; k++) {
      const p = pairs[k];
      let f = -p.rho;
      for (let q = 0; q < p.sv.length; q++) f += p.coef[q] * kx[p.sv[q]];
      out[r * P + k] = f;
    }
  }
  return out;
}
