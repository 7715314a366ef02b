/**
 * The pointwise pieces of core/models/neural_network/mlp.ts: activations and their derivatives, the output's
 * squashing (sigmoid or softmax) and the mean data losses, on row-major Float64Arrays. Kept apart so the engine
 * holds only the network's structure, its forward and backward passes.
 */
export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'linear';
/** binary: one sigmoid output and log loss; multiclass: softmax and cross-entropy; regression: linear output and MSE. */
export type MlpTask = 'binary' | 'multiclass' | 'regression';

export const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'linear'];

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
export const ACT: Record<Activation, (z: number) => number> = { relu: (z) => (z > 0 ? z : 0), tanh: Math.tanh, sigmoid, linear: (z) => z };
/** The activation's derivative, from its output a. */
export const DACT: Record<Activation, (a: number) => number> = { relu: (a) => (a > 0 ? 1 : 0), tanh: (a) => 1 - a * a, sigmoid: (a) => a * (1 - a), linear: () => 1 };

/** Logits → probabilities in place (sigmoid, or softmax per row of k); regression values stay as they are. */
export function squash(task: MlpTask, z: Float64Array, n: number, k: number): void {
  if (task === 'binary') for (let r = 0; r < n; r++) z[r] = sigmoid(z[r]);
  else if (task === 'multiclass') {
    for (let r = 0; r < n; r++) {
      let m = -Infinity, s = 0;
      for (let c = 0; c < k; c++) m = Math.max(m, z[r * k + c]);
      for (let c = 0; c < k; c++) s += (z[r * k + c] = Math.exp(z[r * k + c] - m));
      for (let c = 0; c < k; c++) z[r * k + c] /= s;
    }
  }
}

/** Mean data loss over n rows (no penalty) from their logits: log loss, cross-entropy or squared error. */
export function meanLoss(task: MlpTask, z: Float64Array, y: ArrayLike<number>, n: number, k: number): number {
  let s = 0;
  for (let r = 0; r < n; r++) {
    if (task === 'binary') s += Math.max(z[r], 0) - z[r] * y[r] + Math.log1p(Math.exp(-Math.abs(z[r])));
    else if (task === 'regression') s += (z[r] - y[r]) ** 2;
    else {
      let m = -Infinity, e = 0;
      for (let c = 0; c < k; c++) m = Math.max(m, z[r * k + c]);
      for (let c = 0; c < k; c++) e += Math.exp(z[r * k + c] - m);
      s += m + Math.log(e) - z[r * k + y[r]];
    }
  }
  return s / n;
}

/**
 * Inverted-dropout masks for n rows of a layer of `units`: each entry is 0 with probability `rate`, else 1/(1 − rate),
 * so the layer's expected output is unchanged and nothing needs rescaling at test time.
 */
export function dropoutMask(rate: number, n: number, units: number, uniform: () => number): Float64Array {
  const m = new Float64Array(n * units), keep = 1 / (1 - rate);
  for (let q = 0; q < m.length; q++) m[q] = uniform() < rate ? 0 : keep;
  return m;
}

/** A per-hidden-layer setting given as one value or a list, checked and spread to one value per layer. */
export function perLayer<T>(v: T | readonly T[], n: number, what: string): T[] {
  if (!Array.isArray(v)) return Array.from({ length: n }, () => v as T);
  if (v.length !== n) throw new RangeError(`give one ${what} per hidden layer (${n}), not ${v.length}`);
  return [...(v as readonly T[])];
}
