// Numerically stable pieces of binary logistic regression on flat typed arrays.
// Parameters θ = [w_0 … w_{d−1}, b] (intercept last). Per-sample objective, the one both fit() and the step API use:
//   J(θ) = (1/n) Σ_i logloss(y_i, w·x_i + b) + R(w) / (C·n)
// with R = ½‖w‖² (l2), ‖w‖₁ (l1) or 0 (none). This is scikit-learn's C-form objective divided by C·n, so it has the
// same minimiser, and a learning rate means the same for any n.

import { toFlat } from '../../utils/matrix';
import { checkXy } from '../../validation';

export type Penalty = 'none' | 'l2' | 'l1';

/**
 * Training data in flat form: X row-major n×d, y in {0, 1}, and optional per-sample weights sw (class weights):
 * each row's log-loss counts sw_i times, as scikit-learn's sample_weight (C·Σ sw_i·logloss_i + penalty).
 */
export interface LogisticData {
  X: Float64Array;
  y: Float64Array;
  n: number;
  d: number;
  sw?: Float64Array | null;
}

/** log(1 + e^t) without overflow or loss of precision. */
export function softplus(t: number): number {
  return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
}

/** 1 / (1 + e^(−z)) without overflow. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** logloss of one sample with label y ∈ {0,1} and score z: softplus(−z) for y = 1, softplus(z) for y = 0 (exact in both tails). */
export function sampleLoss(y: number, z: number): number {
  return softplus(y === 1 ? -z : z);
}

/** Score w·x_i + b of row i. */
export function score(data: LogisticData, theta: Float64Array, i: number): number {
  const { X, d } = data;
  let z = theta[d];
  const o = i * d;
  for (let j = 0; j < d; j++) z += theta[j] * X[o + j];
  return z;
}

/** R(w) for the penalty (the intercept θ[d] is never penalised). */
export function penaltyValue(theta: Float64Array, d: number, penalty: Penalty): number {
  let r = 0;
  if (penalty === 'l2') for (let j = 0; j < d; j++) r += 0.5 * theta[j] * theta[j];
  else if (penalty === 'l1') for (let j = 0; j < d; j++) r += Math.abs(theta[j]);
  return r;
}

/** Mean log-loss over all rows (the data term). */
export function meanLogLoss(data: LogisticData, theta: Float64Array): number {
  let s = 0;
  const sw = data.sw;
  for (let i = 0; i < data.n; i++) s += (sw ? sw[i] : 1) * sampleLoss(data.y[i], score(data, theta, i));
  return s / data.n;
}

/** The full objective J(θ) with lam = 1/(C·n). */
export function objective(data: LogisticData, theta: Float64Array, penalty: Penalty, lam: number): number {
  return meanLogLoss(data, theta) + lam * penaltyValue(theta, data.d, penalty);
}

/**
 * Gradient of the mean log-loss over the rows idx[start..end) (all rows when idx is null), plus lam·w for l2
 * (the l1 part is left to a proximal step). Writes into `grad` (length d+1); returns the batch's mean log-loss.
 */
export function smoothGradient(
  data: LogisticData, theta: Float64Array, penalty: Penalty, lam: number, grad: Float64Array,
  idx: Uint32Array | null = null, start = 0, end = data.n,
): number {
  const { X, y, d, sw } = data;
  grad.fill(0);
  let loss = 0;
  for (let k = start; k < end; k++) {
    const i = idx ? idx[k] : k;
    const z = score(data, theta, i);
    const s = sw ? sw[i] : 1;
    loss += s * sampleLoss(y[i], z);
    const r = s * (sigmoid(z) - y[i]);
    const o = i * d;
    for (let j = 0; j < d; j++) grad[j] += r * X[o + j];
    grad[d] += r;
  }
  const m = end - start;
  for (let j = 0; j <= d; j++) grad[j] /= m;
  if (penalty === 'l2') for (let j = 0; j < d; j++) grad[j] += lam * theta[j];
  return loss / m;
}

/** Rows and 0/1 labels to flat typed arrays, after the core's checks (a binary model needs labels 0 and 1, both present). */
export function toData(X: number[][], y: ArrayLike<number>, who: string): LogisticData {
  const { n, d } = checkXy(X, y, { who, kind: 'classes', labels: [0, 1], minClasses: 2 });
  return { X: toFlat(X, n, d), y: Float64Array.from(y), n, d };
}
