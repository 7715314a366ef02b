/**
 * The loss surface gradient descent walks: the training MSE as a function of (w, b) in the coordinates it trains
 * in (z = the standardised or the raw x). For a line the MSE is a quadratic in (w, b), fixed by five means:
 *   L(w, b) = w²·m_zz + 2wb·m_z + b² − 2w·m_zy − 2b·m_y + m_yy,
 * so the contour map, the gradient and the curvature (the Hessian H = 2·[[m_zz, m_z], [m_z, 1]], whose
 * eigenvalues give the largest stable learning rate 2/λmax and the valley's elongation λmax/λmin) cost nothing
 * per grid cell beyond those means.
 */

export interface Moments {
  n: number;
  z: number;
  zz: number;
  y: number;
  yy: number;
  zy: number;
}

export function moments(z: ArrayLike<number>, y: ArrayLike<number>): Moments {
  const n = z.length;
  const m = { n, z: 0, zz: 0, y: 0, yy: 0, zy: 0 };
  for (let i = 0; i < n; i++) {
    m.z += z[i];
    m.zz += z[i] * z[i];
    m.y += y[i];
    m.yy += y[i] * y[i];
    m.zy += z[i] * y[i];
  }
  if (n > 0) for (const k of ['z', 'zz', 'y', 'yy', 'zy'] as const) m[k] /= n;
  return m;
}

/** The training MSE at (w, b) (never below 0: rounding near the minimum could make it a hair negative). */
export function lossAt(m: Moments, w: number, b: number): number {
  return Math.max(0, w * w * m.zz + 2 * w * b * m.z + b * b - 2 * w * m.zy - 2 * b * m.y + m.yy);
}

/** ∇L at (w, b). */
export function gradientAt(m: Moments, w: number, b: number): [number, number] {
  return [2 * (w * m.zz + b * m.z - m.zy), 2 * (w * m.z + b - m.y)];
}

/** Eigenvalues of the Hessian 2·[[m_zz, m_z], [m_z, 1]], largest first. */
export function curvature(m: Moments): { max: number; min: number } {
  const a = m.zz, c = 1, bb = m.z;
  const mean = (a + c) / 2;
  const r = Math.sqrt(((a - c) / 2) ** 2 + bb * bb);
  return { max: 2 * (mean + r), min: Math.max(0, 2 * (mean - r)) };
}

export interface SurfaceDomain {
  w: [number, number];
  b: [number, number];
}

/**
 * A square window (same span on both axes, so a round bowl looks round and a valley looks long) holding the start
 * (0, 0) and the minimum with room around them.
 */
export function surfaceDomain(opt: [number, number]): SurfaceDomain {
  const cw = opt[0] / 2, cb = opt[1] / 2;
  const far = Math.max(Math.abs(opt[0]), Math.abs(opt[1]));
  const h = far / 2 + Math.max(1, 0.35 * far);
  return { w: [cw - h, cw + h], b: [cb - h, cb + h] };
}

/** L on an nx × ny grid of cell centres over the window, row-major, row 0 = top (largest b): BoundaryMap's layout. */
export function surfaceGrid(m: Moments, d: SurfaceDomain, nx: number, ny: number): Float64Array {
  const out = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const b = d.b[1] - ((j + 0.5) * (d.b[1] - d.b[0])) / ny;
    for (let i = 0; i < nx; i++) out[j * nx + i] = lossAt(m, d.w[0] + ((i + 0.5) * (d.w[1] - d.w[0])) / nx, b);
  }
  return out;
}

/**
 * The contour L = Lmin + c around the minimum `opt`, exactly: L − Lmin = Δᵀ·M·Δ with Δ = (w, b) − opt and
 * M = [[m_zz, m_z], [m_z, 1]] (half the Hessian), so the contour is the ellipse Δ = √(c/μ₁)·cos t·v₁ + √(c/μ₂)·sin t·v₂
 * along M's eigenvectors: round when μ₁ = μ₂, long when μ₂ is small, and two parallel lines when μ₂ = 0 (all z
 * equal: the slope is free). Returned as polylines in (w, b); `reach` is how far a line runs each way.
 */
export function levelCurve(m: Moments, opt: [number, number], c: number, reach: number, samples = 96): [number, number][][] {
  const a = m.zz, b = m.z, d = 1;
  const mean = (a + d) / 2, r = Math.sqrt(((a - d) / 2) ** 2 + b * b);
  const mu1 = mean + r, mu2 = mean - r;
  // eigenvector of μ₁ ((μ₁ − d, b) unless b = 0, where the axes are the eigenvectors)
  let v1: [number, number] = b !== 0 ? [mu1 - d, b] : a >= d ? [1, 0] : [0, 1];
  const len = Math.hypot(v1[0], v1[1]);
  v1 = [v1[0] / len, v1[1] / len];
  const v2: [number, number] = [-v1[1], v1[0]];
  if (!(c > 0) || !(mu1 > 0)) return [];
  const r1 = Math.sqrt(c / mu1);
  const at = (u: number, v: number): [number, number] => [opt[0] + u * v1[0] + v * v2[0], opt[1] + u * v1[1] + v * v2[1]];
  if (!(mu2 > 1e-12 * mu1)) return [-r1, r1].map((u) => [at(u, -reach), at(u, reach)]);
  const r2 = Math.sqrt(c / mu2);
  return [Array.from({ length: samples + 1 }, (_, k) => {
    const t = (2 * Math.PI * k) / samples;
    return at(r1 * Math.cos(t), r2 * Math.sin(t));
  })];
}

/**
 * Contour levels: equal steps in √(L − Lmin), i.e. equally spaced ellipses for a quadratic bowl, from the minimum up
 * to the highest loss on the window's edge.
 */
export function contourLevels(lossMin: number, lossTop: number, count = 12): number[] {
  const span = Math.max(0, lossTop - lossMin);
  if (!(span > 0) || !Number.isFinite(span)) return [];
  return Array.from({ length: count }, (_, k) => lossMin + span * ((k + 1) / (count + 1)) ** 2);
}
