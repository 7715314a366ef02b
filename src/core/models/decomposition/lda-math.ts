/**
 * The special functions LDA's variational bound needs (scipy.special's psi and gammaln), a gamma sampler
 * (numpy's random.gamma: scikit-learn starts its variational parameters from gamma(100, 1/100)) and
 * scikit-learn's _dirichlet_expectation helpers.
 */
import type { Rng } from '../../random';

/** ψ(x), the digamma function, for x > 0: recurrence up to x ≥ 10, then the asymptotic series (error < 1e-13). */
export function digamma(x: number): number {
  let r = 0;
  while (x < 10) { r -= 1 / x; x += 1; }
  const f = 1 / (x * x);
  return r + Math.log(x) - 0.5 / x
    - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132)))));
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; Stirling's series above 10, relative error ~1e-15). */
export function gammaln(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - gammaln(1 - x);
  if (x > 10) {
    const f = 1 / (x * x);
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI)
      + (1 / x) * (1 / 12 - f * (1 / 360 - f * (1 / 1260 - f * (1 / 1680 - f / 1188))));
  }
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** A Gamma(shape, scale) draw, shape ≥ 1 (Marsaglia and Tsang's squeeze method). */
export function gammaDraw(rng: Rng, shape: number, scale: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number, v: number;
    do { x = rng.normal(); v = 1 + c * x; } while (v <= 0);
    v = v * v * v;
    const u = rng.random();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}

/** rows × cols Gamma(shape, scale) draws, row-major. */
export function gammaMatrix(rng: Rng, rows: number, cols: number, shape = 100, scale = 0.01): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < out.length; i++) out[i] = gammaDraw(rng, shape, scale);
  return out;
}

/** E[log θ] for θ ~ Dirichlet(row), for each row of a rows × cols matrix: ψ(a_ij) − ψ(Σ_j a_ij). */
export function dirichletExpectation(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(a.length);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let c = 0; c < cols; c++) s += a[r * cols + c];
    const ps = digamma(s);
    for (let c = 0; c < cols; c++) out[r * cols + c] = digamma(a[r * cols + c]) - ps;
  }
  return out;
}

/** exp of dirichletExpectation (scikit-learn's exp_dirichlet_component_). */
export function expDirichletExpectation(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = dirichletExpectation(a, rows, cols);
  for (let i = 0; i < out.length; i++) out[i] = Math.exp(out[i]);
  return out;
}
