/**
 * Mutual information between each continuous feature and a discrete class, as scikit-learn's mutual_info_classif
 * (discrete_features = false): the k-nearest-neighbour estimator of Ross (2014), "Mutual information between
 * discrete and continuous data sets", PLoS ONE 9(2):
 *
 *   I(X; Y) ≈ ψ(N) + ⟨ψ(k)⟩ − ⟨ψ(N_y)⟩ − ⟨ψ(m)⟩
 *
 * For each sample: d = the distance to its k-th nearest neighbour of the same class (k = min(nNeighbors, N_y − 1)),
 * m = the number of samples of any class closer than d (itself included), N_y = its class's size. Samples alone in
 * their class are left out, and a negative estimate is reported as 0. Unlike the F-test it sees any dependence,
 * not only a shift of the class means. In one dimension the neighbours are found on the sorted values.
 *
 * scikit-learn also scales each feature by its standard deviation (which changes no neighbour in 1-D) and adds
 * noise of 1e-10 × max(1, mean |x|) × N(0, 1) to break ties. This estimator adds none, so on features without ties
 * it gives scikit-learn's _compute_mi_cd exactly; the noise moves a count only when two distances differ by ~1e-10
 * (tied values), which is where scikit-learn's seeded result can differ from this one.
 */
import { checkXy } from '../validation';
import { digammaInt } from './special';

export interface MutualInfoOptions {
  /** Neighbours per sample, k. Default 3, as scikit-learn's n_neighbors. */
  nNeighbors?: number;
}

/**
 * Within the radius: closer than r, as scikit-learn's query_radius at nextafter(r, 0); at r = 0 (the k-th neighbour is
 * a tie) nextafter(0, 0) is 0 and the distance-0 samples count.
 */
const within = (dist: number, r: number) => (r > 0 ? dist < r : dist <= 0);

/** First index in the sorted `v` within r of x (searching below `hi`). */
function firstWithin(v: Float64Array, x: number, r: number, hi: number): number {
  let lo = 0;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (within(x - v[mid], r)) hi = mid; else lo = mid + 1; }
  return lo;
}

/** One past the last index in the sorted `v` within r of x (searching from `lo`). */
function firstBeyond(v: Float64Array, x: number, r: number, lo: number): number {
  let hi = v.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (within(v[mid] - x, r)) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The distance from sorted[pos] to its k-th nearest other value in the sorted array `sorted` (k < its length). */
function kthDistance(sorted: Float64Array, pos: number, k: number): number {
  let left = pos - 1, right = pos + 1, dist = 0;
  const x = sorted[pos];
  for (let taken = 0; taken < k; taken++) {
    const dl = left >= 0 ? x - sorted[left] : Infinity;
    const dr = right < sorted.length ? sorted[right] - x : Infinity;
    if (dl <= dr) { dist = dl; left--; } else { dist = dr; right++; }
  }
  return dist;
}

/** The estimate for one feature column `x` against class indices `g` (0..k−1) with class sizes `sizes`. */
export function mutualInfoColumn(x: ArrayLike<number>, g: Int32Array, sizes: number[], nNeighbors: number, cache: number[] = [0, -0.5772156649015329]): number {
  const n = x.length;
  const radius = new Float64Array(n);
  // Per class: sort its values; each sample's k-th neighbour distance within the class.
  for (let c = 0; c < sizes.length; c++) {
    if (sizes[c] < 2) continue;
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (g[i] === c) idx.push(i);
    idx.sort((a, b) => x[a] - x[b]);
    const sorted = Float64Array.from(idx, (i) => x[i]);
    const k = Math.min(nNeighbors, sizes[c] - 1);
    for (let p = 0; p < idx.length; p++) radius[idx[p]] = kthDistance(sorted, p, k);
  }
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (sizes[g[i]] > 1) kept.push(i);
  const all = Float64Array.from(kept, (i) => x[i]).sort();
  let sumK = 0, sumN = 0, sumM = 0;
  for (const i of kept) {
    const k = Math.min(nNeighbors, sizes[g[i]] - 1);
    // Samples strictly closer than the k-th neighbour (scikit-learn: query_radius at nextafter(d, 0)), itself included.
    const lo = firstWithin(all, x[i], radius[i], all.length);
    const hi = firstBeyond(all, x[i], radius[i], lo);
    const m = Math.max(1, hi - lo);
    sumK += digammaInt(k, cache);
    sumN += digammaInt(sizes[g[i]], cache);
    sumM += digammaInt(m, cache);
  }
  const N = kept.length;
  if (N === 0) return 0;
  const mi = digammaInt(N, cache) + sumK / N - sumN / N - sumM / N;
  return Math.max(0, mi);
}

/** Estimated mutual information (in nats) between each feature of X and the class y; ≥ 0, 0 = independent. */
export function mutualInfoClassif(X: number[][], y: number[], options: MutualInfoOptions = {}): number[] {
  const who = 'mutualInfoClassif';
  const { nNeighbors = 3 } = options;
  if (!Number.isInteger(nNeighbors) || nNeighbors < 1) throw new RangeError(`${who}: nNeighbors must be an integer ≥ 1, got ${nNeighbors}`);
  const { n, d, classes } = checkXy(X, y, { who, kind: 'classes', minSamples: 1 });
  const index = new Map(classes.map((c, i) => [c, i]));
  const g = Int32Array.from(y, (v) => index.get(v)!);
  const sizes = classes.map(() => 0);
  for (let i = 0; i < n; i++) sizes[g[i]]++;
  if (sizes.every((s) => s < 2)) throw new RangeError(`${who}: every class has a single sample, so no sample has a same-class neighbour`);
  const cache = [0, -0.5772156649015329];
  const col = new Float64Array(n);
  const out: number[] = [];
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < n; i++) col[i] = X[i][j];
    out.push(mutualInfoColumn(col, g, sizes, nNeighbors, cache));
  }
  return out;
}
