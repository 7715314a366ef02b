import type { Rng } from '../random';

/** Shuffle rows of X and labels y together (same permutation), in place. */
export function shuffleTogether(X: number[][], y: number[], rng: Rng): void {
  for (let i = X.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tx = X[i]; X[i] = X[j]; X[j] = tx;
    const ty = y[i]; y[i] = y[j]; y[j] = ty;
  }
}

/** numpy.linspace(start, stop, num, endpoint). */
export function linspace(start: number, stop: number, num: number, endpoint = true): number[] {
  if (num <= 0) return [];
  if (num === 1) return [start];
  const step = (stop - start) / (endpoint ? num - 1 : num);
  return Array.from({ length: num }, (_, i) => start + i * step);
}

/** Counts per group when n samples are dealt to k groups as scikit-learn's make_blobs does: n // k each, the first n % k get one more. */
export function dealCounts(n: number, k: number): number[] {
  const counts = new Array<number>(k).fill(Math.floor(n / k));
  for (let i = 0; i < n % k; i++) counts[i]++;
  return counts;
}
