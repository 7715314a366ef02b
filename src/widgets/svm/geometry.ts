/**
 * What a fitted (or half-fitted) binary SVM says about each training point and about its margin, in the
 * textbook's terms, from the model's dual solution (scikit-learn's layout: dual_coef_ = y·α, classes[1] = +1):
 *
 *   slack      ξ_i = max(0, 1 − y_i·f(x_i))        (0 outside the margin, 0–1 inside it, > 1 misclassified)
 *   ‖w‖²      = Σ_s Σ_t (yα)_s (yα)_t K(x_s, x_t) = 2·(Σα − D),  D the dual objective Σα − ½‖w‖²
 *   margin     2 / ‖w‖  (the distance between f = −1 and f = +1, in the kernel's feature space)
 */

/** Where a training point stands: outside the margin, inside it (0 < ξ ≤ 1), or on the wrong side (ξ > 1). */
export type PointStatus = 'outside' | 'inside' | 'wrong';

/** ξ below this counts as 0: SMO meets the KKT conditions to tol = 1e-3, so a support vector on the margin has |ξ| ≈ 1e-3. */
export const SLACK_TOL = 1e-3;

/** Slack ξ = max(0, 1 − y·f) per point, y = +1 for the second class. */
export function slacks(f: ArrayLike<number>, positive: ArrayLike<boolean>): Float64Array {
  const out = new Float64Array(f.length);
  for (let i = 0; i < f.length; i++) out[i] = Math.max(0, 1 - (positive[i] ? 1 : -1) * f[i]);
  return out;
}

export function statusOf(xi: number): PointStatus {
  return xi > 1 ? 'wrong' : xi > SLACK_TOL ? 'inside' : 'outside';
}

/** 2/‖w‖ from the dual: the α (= |y·α|) and the dual objective D. NaN when ‖w‖ is 0 (α = 0: nothing fitted yet). */
export function marginWidth(dualCoef: ArrayLike<number>, objective: number): number {
  let sum = 0;
  for (let i = 0; i < dualCoef.length; i++) sum += Math.abs(dualCoef[i]);
  const w2 = 2 * (sum - objective);
  return w2 > 1e-300 ? 2 / Math.sqrt(w2) : NaN;
}

/** The primal objective ½‖w‖² + C·Σξ (equal to the dual's D at the optimum: the duality gap closes). */
export function primalObjective(dualCoef: ArrayLike<number>, objective: number, C: number, xi: ArrayLike<number>): number {
  let sum = 0, slack = 0;
  for (let i = 0; i < dualCoef.length; i++) sum += Math.abs(dualCoef[i]);
  for (let i = 0; i < xi.length; i++) slack += xi[i];
  return (sum - objective) + C * slack;
}

/** Decision value f → the map's shade in [0, 1]: linear in f, 0.5 at f = 0, 0.25 / 0.75 at the margins, saturating at |f| = 2. */
export const shadeOf = (f: number): number => (Number.isFinite(f) ? Math.min(1, Math.max(0, 0.5 + f / 4)) : NaN);
