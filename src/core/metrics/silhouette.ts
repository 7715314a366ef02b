/**
 * Silhouette coefficients, as scikit-learn's silhouette_samples / silhouette_score.
 *
 * For point i with a = mean distance to the other points of its own cluster and b = the lowest mean distance
 * to the points of another cluster, s(i) = (b − a) / max(a, b); a point alone in its cluster gets 0, and
 * 0/0 gives 0. The score is the mean over all points. Needs 2 ≤ number of clusters ≤ n − 1.
 */
import { checkConsistentLength } from '../validation';

export interface SilhouetteOptions {
  /**
   * 'euclidean' (default), 'manhattan' or 'sqeuclidean', as scikit-learn's pairwise metric names, or
   * 'precomputed': X is then the n × n matrix of distances (zero diagonal).
   */
  metric?: 'euclidean' | 'manhattan' | 'sqeuclidean' | 'precomputed';
}

export function silhouetteSamples(X: number[][], labels: number[], options: SilhouetteOptions = {}): number[] {
  checkConsistentLength(X, labels, ['X', 'labels']);
  const n = X.length;
  if (n === 0) throw new RangeError('X is empty');
  const classes = Array.from(new Set(labels)).sort((a, b) => a - b);
  const nLabels = classes.length;
  if (nLabels < 2 || nLabels > n - 1) {
    throw new RangeError(`Number of labels is ${nLabels}. Valid values are 2 to n_samples - 1 (inclusive)`);
  }
  const index = new Map(classes.map((c, i) => [c, i]));
  const lab = labels.map((l) => index.get(l)!);
  const sizes = new Float64Array(nLabels);
  for (const l of lab) sizes[l]++;
  const d = X[0].length;
  const metric = options.metric ?? 'euclidean';
  if (metric === 'precomputed') {
    if (d !== n) throw new RangeError(`a precomputed distance matrix must be square: got ${n} × ${d}`);
    for (let i = 0; i < n; i++) {
      if (X[i].length !== n) throw new RangeError(`a precomputed distance matrix must be square: row ${i} has ${X[i].length} entries`);
      if (X[i][i] !== 0) throw new RangeError('the precomputed distance matrix contains non-zero elements on the diagonal');
    }
  }
  const dist = metric === 'precomputed' ? null : distanceFn(metric);
  // sums[i * nLabels + c] = sum of distances from i to the points of cluster c
  const sums = new Float64Array(n * nLabels);
  for (let i = 0; i < n; i++) {
    const xi = X[i];
    if (xi.length !== d) throw new RangeError(`X: row ${i} has ${xi.length} features, expected ${d}`);
    for (let j = i + 1; j < n; j++) {
      const v = dist ? dist(xi, X[j], d) : xi[j];
      sums[i * nLabels + lab[j]] += v;
      sums[j * nLabels + lab[i]] += v;
    }
  }
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const own = lab[i];
    if (sizes[own] <= 1) {
      out[i] = 0;
      continue;
    }
    const a = sums[i * nLabels + own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < nLabels; c++) if (c !== own) b = Math.min(b, sums[i * nLabels + c] / sizes[c]);
    const m = Math.max(a, b);
    out[i] = m > 0 ? (b - a) / m : 0;
  }
  return out;
}

export function silhouetteScore(X: number[][], labels: number[], options: SilhouetteOptions = {}): number {
  const s = silhouetteSamples(X, labels, options);
  let total = 0;
  for (const v of s) total += v;
  return total / s.length;
}

function distanceFn(metric: string): (a: number[], b: number[], d: number) => number {
  switch (metric) {
    case 'euclidean':
      return (a, b, d) => {
        let s = 0;
        for (let j = 0; j < d; j++) s += (a[j] - b[j]) ** 2;
        return Math.sqrt(s);
      };
    case 'sqeuclidean':
      return (a, b, d) => {
        let s = 0;
        for (let j = 0; j < d; j++) s += (a[j] - b[j]) ** 2;
        return s;
      };
    case 'manhattan':
      return (a, b, d) => {
        let s = 0;
        for (let j = 0; j < d; j++) s += Math.abs(a[j] - b[j]);
        return s;
      };
    default:
      throw new RangeError(`unknown metric: ${metric}`);
  }
}
