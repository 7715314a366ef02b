// Exact solvers for fit(): Newton's method with a backtracking line search for 'none' / 'l2' (a smooth, strictly
// convex problem: quadratic convergence, so a handful of iterations reach machine precision), and a proximal Newton
// method for 'l1' (each outer step minimises the quadratic model plus λ‖w‖₁ by coordinate descent, as glmnet /
// liblinear's newGLMNET do, then backtracks on the true objective).
import { choleskySolve } from '../../utils/linalg';
import type { LogisticData, Penalty } from './logistic-math';
import { NewtonWork } from './logistic-newton';
import { softThreshold } from '../../optim/optimizers';

export interface SolveOptions {
  penalty: Penalty;
  /** 1/(C·n); unused for 'none'. */
  lam: number;
  fitIntercept: boolean;
  maxIter: number;
  /**
   * Stop once an accepted step changes no coordinate by more than tol AND the Newton decrement (the decrease of J the
   * quadratic model predicts, J being a mean loss of order 1) is ≤ 1e-12: the first bounds the coefficients' error on
   * standardised data, the second keeps the criterion meaningful when features are very large or very small.
   */
  tol: number;
}

export interface SolveResult {
  nIter: number;
  converged: boolean;
}

const ARMIJO = 1e-4;
const DECREMENT = 1e-12;
/**
 * The same bound after a full Newton step (t = 1), where convergence is quadratic: the next decrement is about
 * c·λ⁴ for a decrement λ² (c ≈ 4 on the bench's folds: 1.2e-11 → 6e-22), so from λ² ≤ 1e-10 the step just taken
 * leaves J within ~1e-19 of its minimum, below the rounding of J itself (~1e-17). One more iteration would only
 * measure rounding: its line search halved the step up to 14 times on noise (crossValScore's folds, 2026-12-03),
 * and moved the coefficients by ~1e-10.
 */
const DECREMENT_FULL_STEP = 1e-10;

/** Largest |v_j| over the first m entries. */
function maxAbs(v: ArrayLike<number>, m: number): number {
  let s = 0;
  for (let j = 0; j < m; j++) s = Math.max(s, Math.abs(v[j]));
  return s;
}

/** Newton with a Levenberg shift when the Hessian is numerically singular (separable data without a penalty). */
export function newtonSolve(data: LogisticData, theta: Float64Array, o: SolveOptions): SolveResult {
  const d = data.d, m = o.fitIntercept ? d + 1 : d;
  const g = new Float64Array(d + 1), H = new Float64Array(m * m), step = new Float64Array(m), trial = new Float64Array(d + 1);
  const work = new NewtonWork(data);
  let f = work.objective(theta, o.penalty, o.lam);
  work.accept();
  for (let it = 1; it <= o.maxIter; it++) {
    work.gradient(theta, o.penalty, o.lam, g);
    if (maxAbs(g, m) === 0) return { nIter: it - 1, converged: true };
    work.hessian(o.penalty, o.lam, m, H);
    let maxDiag = 0;
    for (let j = 0; j < m; j++) maxDiag = Math.max(maxDiag, H[j * m + j]);
    let shift = 0;
    const negG = Array.from({ length: m }, (_, j) => -g[j]);
    while (!choleskySolve(H, m, negG, step, shift)) {
      shift = shift === 0 ? 1e-12 * Math.max(maxDiag, 1e-300) : shift * 100;
      if (!Number.isFinite(shift)) return { nIter: it, converged: false };
    }
    let slope = 0;
    for (let j = 0; j < m; j++) slope += g[j] * step[j];
    // Backtracking line search on the true objective.
    let t = 1, fNew = f, accepted = false;
    for (let k = 0; k < 60; k++) {
      trial.set(theta);
      for (let j = 0; j < m; j++) trial[j] += t * step[j];
      fNew = work.objective(trial, o.penalty, o.lam);
      if (Number.isFinite(fNew) && fNew <= f + ARMIJO * t * slope) { accepted = true; break; }
      t /= 2;
    }
    // No decrease possible any more: at the optimum up to rounding if the step was tiny; otherwise the objective
    // is flat to machine precision along a large step (separable data: the optimum is at infinity).
    if (!accepted) return { nIter: it, converged: maxAbs(step, m) <= o.tol };
    theta.set(trial);
    work.accept();
    f = fNew;
    if (t * maxAbs(step, m) <= o.tol && -slope <= (t === 1 ? DECREMENT_FULL_STEP : DECREMENT)) return { nIter: it, converged: true };
  }
  return { nIter: o.maxIter, converged: false };
}

/** Proximal Newton for the l1 penalty: minimise the quadratic model + λ‖w‖₁ by cyclic coordinate descent. */
export function proxNewtonSolve(data: LogisticData, theta: Float64Array, o: SolveOptions): SolveResult {
  const d = data.d, m = o.fitIntercept ? d + 1 : d, lam = o.lam;
  const g = new Float64Array(d + 1), H = new Float64Array(m * m), delta = new Float64Array(m), Hd = new Float64Array(m);
  const trial = new Float64Array(d + 1);
  const l1 = (th: ArrayLike<number>) => { let s = 0; for (let j = 0; j < d; j++) s += Math.abs(th[j]); return s; };
  const work = new NewtonWork(data);
  let F = work.objective(theta, 'l1', lam);
  work.accept();
  for (let it = 1; it <= o.maxIter; it++) {
    work.gradient(theta, 'none', 0, g);
    work.hessian('none', 0, m, H);
    let maxDiag = 0;
    for (let j = 0; j < m; j++) maxDiag = Math.max(maxDiag, H[j * m + j]);
    // A tiny ridge keeps every coordinate's curvature positive (zero columns, separable data).
    const ridge = 1e-12 * Math.max(maxDiag, 1e-300);
    delta.fill(0);
    Hd.fill(0);
    for (let sweep = 0; sweep < 1000; sweep++) {
      let change = 0, size = 0;
      for (let j = 0; j < m; j++) {
        const a = H[j * m + j] + ridge;
        const c = g[j] + Hd[j] - H[j * m + j] * delta[j];
        const u = j < d ? softThreshold(theta[j] - c / a, lam / a) : theta[j] - c / a;
        const nd = u - theta[j];
        const dd = nd - delta[j];
        if (dd !== 0) {
          for (let k = 0; k < m; k++) Hd[k] += dd * H[k * m + j];
          delta[j] = nd;
        }
        change = Math.max(change, Math.abs(dd));
        size = Math.max(size, Math.abs(nd));
      }
      if (change <= 1e-13 * Math.max(1, size)) break;
    }
    const step = maxAbs(delta, m);
    if (step === 0) return { nIter: it - 1, converged: true };
    const base = l1(theta);
    let D = 0;
    for (let j = 0; j < m; j++) D += g[j] * delta[j];
    for (let j = 0; j < d; j++) trial[j] = theta[j] + delta[j];
    D += lam * (l1(trial) - base);
    let t = 1, Fnew = F, accepted = false;
    for (let k = 0; k < 60; k++) {
      trial.set(theta);
      for (let j = 0; j < m; j++) trial[j] += t * delta[j];
      Fnew = work.objective(trial, 'l1', lam);
      if (Number.isFinite(Fnew) && Fnew <= F + ARMIJO * t * D) { accepted = true; break; }
      t /= 2;
    }
    if (!accepted) return { nIter: it, converged: step <= o.tol };
    theta.set(trial);
    work.accept();
    F = Fnew;
    if (t * step <= o.tol && -D <= DECREMENT) return { nIter: it, converged: true };
  }
  return { nIter: o.maxIter, converged: false };
}
