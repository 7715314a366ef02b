/**
 * k-nearest neighbours, with scikit-learn's meaning (sklearn.neighbors.KNeighborsClassifier / Regressor, 1.2).
 *
 * - metric 'euclidean' (p = 2), 'manhattan' (p = 1), 'chebyshev' (p = ∞) or 'minkowski' with `p` (default 2).
 * - weights 'uniform': each of the k neighbours has one vote; 'distance': weight 1/distance, except that when
 *   a query coincides with one or more training points (distance 0), only those exact matches vote, each
 *   with weight 1 (scikit-learn's `_get_weights`).
 * - predict: the class with the largest (weighted) vote; a tie goes to the smallest class label, as
 *   scikit-learn's mode / weighted_mode. predictProba: votes / total, columns in `classes` order (sorted).
 * - Among equally distant training points the lower training index is the nearer (see knn-index.ts).
 * - `algorithm: 'auto'` uses a k-d tree for 1–2 features from 64 training points and for 3–4 features from 256,
 *   brute force otherwise. Measured here (5 neighbours, Gaussian data, 2,000 random queries): in 2-D the tree
 *   is 5–15× faster from n = 128 (and more on grids, where each search starts from the previous cell's
 *   neighbours); in 4-D ~1.7× at n = 1,000 but slower at n = 128; from 8 features on it is no faster.
 *   (Also measured and dropped: for lattices, one k-NN + one radius query per block of cells and a brute-force
 *   pick among the candidates — exact, but 1.2–3× slower than the warm-started tree for blocks of 2–8 cells.)
 */
import { Estimator } from '../../base';
import { toFlat, toRows } from '../../utils/matrix';
import { checkArray, checkNumber, checkOption } from '../../validation';
import { BruteIndex, KDTree, type NeighborIndex, type NeighborResult } from './knn-index';

export type KnnMetric = 'euclidean' | 'manhattan' | 'chebyshev' | 'minkowski';
export type KnnWeights = 'uniform' | 'distance';

export type KnnAlgorithm = 'auto' | 'brute' | 'kd_tree';

/** The options as resolved (what getParams returns). */
export interface KNeighborsParams {
  nNeighbors: number;
  weights: KnnWeights;
  metric: KnnMetric;
  /** Minkowski power, used when metric is 'minkowski' (≥ 1; Infinity = chebyshev) */
  p: number;
  algorithm: KnnAlgorithm;
  leafSize: number;
}

export type KNeighborsOptions = Partial<KNeighborsParams>;

export const DEFAULTS: KNeighborsParams = { nNeighbors: 5, weights: 'uniform', metric: 'minkowski', p: 2, algorithm: 'auto', leafSize: 16 };
const METRICS: readonly KnnMetric[] = ['euclidean', 'manhattan', 'chebyshev', 'minkowski'];

/** kneighbors' answer: `[distances, indices]` as scikit-learn's tuple, also readable by name. */
export type KNeighborsResult = [number[][], number[][]] & { distances: number[][]; indices: number[][] };

/** When 'auto' picks the k-d tree (see the measurements above). */
function treeWins(n: number, d: number): boolean {
  return (d <= 2 && n >= 64) || (d <= 4 && n >= 256);
}

/** What classifier and regressor share: options, the fitted index, neighbour search and weights. */
export abstract class NeighborsBase extends Estimator<KNeighborsParams> {
  declare readonly nNeighbors: number;
  declare readonly weights: KnnWeights;
  declare readonly metric: KnnMetric;
  declare readonly p: number;
  declare readonly algorithm: KnnAlgorithm;
  declare readonly leafSize: number;
  nFeaturesIn = 0;
  nSamplesFit = 0;
  /** 'brute' or 'kd_tree': what 'auto' chose */
  fitMethod: 'brute' | 'kd_tree' | null = null;
  protected index: NeighborIndex | null = null;

  protected checkParams(o: KNeighborsParams): KNeighborsParams {
    const who = this.estimatorName;
    return {
      nNeighbors: checkNumber('nNeighbors', o.nNeighbors, { integer: true, min: 1 }, who),
      weights: checkOption('weights', o.weights, ['uniform', 'distance'] as const, who),
      metric: checkOption('metric', o.metric, METRICS, who),
      p: checkNumber('p', o.p, { min: 1, allowInfinity: true }, who),
      algorithm: checkOption('algorithm', o.algorithm, ['auto', 'brute', 'kd_tree'] as const, who),
      leafSize: checkNumber('leafSize', o.leafSize, { integer: true, min: 1 }, who),
    };
  }

  /** The Minkowski power the metric means: 2, 1 or ∞ for the named metrics, p for 'minkowski'. */
  get power(): number {
    return this.metric === 'euclidean' ? 2 : this.metric === 'manhattan' ? 1 : this.metric === 'chebyshev' ? Infinity : this.p;
  }

  /** Builds the search index on X (already checked, n × d). */
  protected fitIndex(X: number[][], n: number, d: number): void {
    const data = toFlat(X, n, d);
    const useTree = this.algorithm === 'kd_tree' || (this.algorithm === 'auto' && treeWins(n, d));
    this.index = useTree ? new KDTree(data, n, d, this.power, this.leafSize) : new BruteIndex(data, n, d, this.power);
    this.fitMethod = useTree ? 'kd_tree' : 'brute';
    this.nFeaturesIn = d;
    this.nSamplesFit = n;
  }

  /** Neighbour search on flat queries (m rows of nFeaturesIn values): what the widgets call for a grid. */
  kneighborsFlat(Q: Float64Array, m: number, k = this.nNeighbors, sorted = true): NeighborResult {
    const index = this.fittedIndex();
    checkNumber('nNeighbors', k, { integer: true, min: 1 }, this.estimatorName);
    if (k > this.nSamplesFit) {
      throw new RangeError(`Expected n_neighbors <= n_samples_fit, but n_neighbors = ${k}, n_samples_fit = ${this.nSamplesFit}`);
    }
    if (Q.length !== m * this.nFeaturesIn) throw new RangeError(`queries have ${Q.length / m} features, expected ${this.nFeaturesIn}`);
    return index.query(Q, m, k, sorted);
  }

  /**
   * The k nearest training points of each row of X, nearest first: `[distances, indices]`.
   * Without X, the neighbours of each training point excluding itself (as scikit-learn's `kneighbors()`).
   * With returnDistance = false, only the indices (as scikit-learn's `return_distance=False`).
   */
  kneighbors(X?: number[][], nNeighbors?: number, returnDistance?: true): KNeighborsResult;
  kneighbors(X: number[][] | undefined, nNeighbors: number | undefined, returnDistance: false): number[][];
  kneighbors(X?: number[][], nNeighbors: number = this.nNeighbors, returnDistance = true): KNeighborsResult | number[][] {
    let res: NeighborResult;
    let m: number;
    if (X === undefined) {
      this.fittedIndex();
      m = this.nSamplesFit;
      if (nNeighbors + 1 > this.nSamplesFit) {
        throw new RangeError(`Expected n_neighbors < n_samples_fit when querying the training set, got ${nNeighbors}`);
      }
      const raw = this.kneighborsFlat(this.trainingFlat(), m, nNeighbors + 1);
      res = dropSelf(raw, m, nNeighbors);
    } else {
      const q = this.checkQuery(X, 'kneighbors');
      m = q.n;
      res = this.kneighborsFlat(q.data, m, nNeighbors);
    }
    const indices = toRows(res.indices, m, res.k);
    if (!returnDistance) return indices;
    const distances = toRows(res.distances, m, res.k);
    return Object.assign([distances, indices] as [number[][], number[][]], { distances, indices });
  }

  /** Vote weights for one query's k neighbours (distances at offset o), written into w. */
  protected neighbourWeights(dist: Float64Array, o: number, k: number, w: Float64Array): void {
    if (this.weights === 'uniform') {
      w.fill(1);
      return;
    }
    let exact = false;
    for (let j = 0; j < k; j++) if (dist[o + j] === 0) exact = true;
    for (let j = 0; j < k; j++) w[j] = exact ? (dist[o + j] === 0 ? 1 : 0) : 1 / dist[o + j];
  }

  /**
   * The vote weight of each of one query's neighbours from their distances (scikit-learn's `_get_weights`):
   * 1 each for 'uniform'; 1/d for 'distance', or, when any distance is 0, 1 for the exact matches and 0 for the rest.
   */
  voteWeights(distances: readonly number[]): number[] {
    const w = new Float64Array(distances.length);
    this.neighbourWeights(Float64Array.from(distances), 0, distances.length, w);
    return Array.from(w);
  }

  private fittedIndex(): NeighborIndex {
    if (!this.index) throw new Error(`${this.estimatorName} is not fitted yet: call fit(X, y) first`);
    return this.index;
  }

  /** Query rows, checked against the fit and flattened (an empty X gives an empty answer). */
  protected checkQuery(X: number[][], what: string) {
    this.fittedIndex();
    const { n, d } = checkArray(X, { who: `${this.estimatorName}.${what}`, minSamples: 0, nFeatures: this.nFeaturesIn });
    return { data: toFlat(X, n, d), n, d };
  }

  private trainingFlat(): Float64Array {
    const idx = this.index as KDTree | BruteIndex;
    if (idx instanceof BruteIndex) return idx.X;
    // the tree keeps its points in tree order: ask it for each original row
    return (idx as KDTree).originalData();
  }
}

/** Removes each query's own index from its k+1 neighbours (or the last one, if duplicates pushed it out). */
function dropSelf(raw: NeighborResult, m: number, k: number): NeighborResult {
  const out: NeighborResult = { k, distances: new Float64Array(m * k), indices: new Int32Array(m * k) };
  const kk = raw.k;
  for (let q = 0; q < m; q++) {
    let skip = kk - 1;
    for (let j = 0; j < kk; j++) if (raw.indices[q * kk + j] === q) { skip = j; break; }
    for (let j = 0, t = 0; j < kk; j++) {
      if (j === skip) continue;
      out.distances[q * k + t] = raw.distances[q * kk + j];
      out.indices[q * k + t] = raw.indices[q * kk + j];
      t++;
    }
  }
  return out;
}
