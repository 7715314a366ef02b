/** Initial centres for k-means: scikit-learn's greedy k-means++ and its 'random' (k distinct rows). */
import type { Rng } from '../../random';
import { sqDist } from './kmeans-lloyd';

/**
 * Greedy k-means++ as scikit-learn's `_kmeans_plusplus`: the first centre is a uniform random point; each
 * next centre is the best of `2 + floor(ln k)` candidates drawn with probability ∝ D(x)² (the squared distance
 * to the nearest chosen centre), "best" meaning the candidate that most lowers the total D². Our draws come
 * from our seeded Rng, so the chosen points differ from scikit-learn's for the same seed.
 */
export function kmeansPlusPlus(X: Float64Array, n: number, d: number, k: number, rng: Rng, nLocalTrials?: number): Float64Array {
  const trials = nLocalTrials ?? 2 + Math.trunc(Math.log(k));
  const centers = new Float64Array(k * d);
  const first = rng.int(n);
  copyRow(X, first, centers, 0, d);
  let closest = new Float64Array(n);
  let pot = 0;
  for (let i = 0; i < n; i++) {
    closest[i] = sqDist(X, i * d, X, first * d, d);
    pot += closest[i];
  }
  const cumsum = new Float64Array(n);
  let candDist = new Float64Array(n);
  let bestDist = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let acc = 0;
    for (let i = 0; i < n; i++) cumsum[i] = acc += closest[i];
    let bestPot = Infinity;
    let bestId = -1;
    for (let t = 0; t < trials; t++) {
      const id = Math.min(searchSortedLeft(cumsum, rng.random() * pot), n - 1);
      let candPot = 0;
      for (let i = 0; i < n; i++) {
        const v = Math.min(closest[i], sqDist(X, i * d, X, id * d, d));
        candDist[i] = v;
        candPot += v;
      }
      // strict < keeps the first of equally good candidates, as numpy's argmin
      if (candPot < bestPot) {
        bestPot = candPot;
        bestId = id;
        [bestDist, candDist] = [candDist, bestDist];
      }
    }
    copyRow(X, bestId, centers, c, d);
    pot = bestPot;
    [closest, bestDist] = [bestDist, closest];
  }
  return centers;
}

/** scikit-learn's init='random': the rows of k distinct random indices. */
export function randomInit(X: Float64Array, n: number, d: number, k: number, rng: Rng): Float64Array {
  const perm = rng.permutation(n);
  const centers = new Float64Array(k * d);
  for (let c = 0; c < k; c++) copyRow(X, perm[c], centers, c, d);
  return centers;
}

function copyRow(src: Float64Array, i: number, dst: Float64Array, c: number, d: number): void {
  for (let j = 0; j < d; j++) dst[c * d + j] = src[i * d + j];
}

/** First index i with a[i] >= v (numpy's searchsorted side='left') in a non-decreasing array. */
function searchSortedLeft(a: Float64Array, v: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
