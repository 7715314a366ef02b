// Helpers for comparing topic models (topics come in any order): row normalising, a CSR row slice, and the
// permutation of our topics that best matches reference topics.
import type { CountMatrix } from '../../../src/core/feature_extraction';

export const normalise = (rows: number[][]) => rows.map((r) => { const s = r.reduce((a, b) => a + b, 0); return r.map((v) => v / s); });

export function slice(X: CountMatrix, from: number, to: number): CountMatrix {
  const a = X.indptr[from], b = X.indptr[to];
  return { nRows: to - from, nCols: X.nCols, indptr: X.indptr.slice(from, to + 1).map((p) => p - a), indices: X.indices.slice(a, b), data: X.data.slice(a, b) };
}

/** perm[k] = our topic matched to reference topic k, minimising the total L1 distance (all permutations; K ≤ 7). */
export function bestPermutation(ref: number[][], ours: number[][]): number[] {
  const K = ref.length;
  const dist = ref.map((r) => ours.map((o) => r.reduce((s, v, i) => s + Math.abs(v - o[i]), 0)));
  let best: number[] = [], bestCost = Infinity;
  const go = (k: number, used: boolean[], perm: number[], cost: number) => {
    if (cost >= bestCost) return;
    if (k === K) { best = perm.slice(); bestCost = cost; return; }
    for (let j = 0; j < K; j++) if (!used[j]) { used[j] = true; perm.push(j); go(k + 1, used, perm, cost + dist[k][j]); perm.pop(); used[j] = false; }
  };
  go(0, new Array(K).fill(false), [], 0);
  return best;
}
