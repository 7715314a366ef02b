// KNeighborsClassifier; what it shares with the regressor (options, search, weights) is in knn-base.ts, whose header
// says how it follows scikit-learn.
import { ClassifierMixin } from '../../base';
import { toRows } from '../../utils/matrix';
import { checkXy } from '../../validation';
import { DEFAULTS, NeighborsBase, type KNeighborsOptions } from './knn-base';
import type { NeighborResult } from './knn-index';

export type { KNeighborsOptions, KNeighborsParams, KNeighborsResult, KnnAlgorithm, KnnMetric, KnnWeights } from './knn-base';

export class KNeighborsClassifier extends ClassifierMixin(NeighborsBase) {
  /** The sorted distinct labels: the columns of predictProba. */
  classes: number[] = [];
  private yEnc: Int32Array = new Int32Array(0);

  constructor(options: KNeighborsOptions = {}) {
    super('KNeighborsClassifier', DEFAULTS, options);
  }

  fit(X: number[][], y: number[]): this {
    const { n, d, classes } = checkXy(X, y, { who: 'KNeighborsClassifier.fit', kind: 'classes' });
    this.fitIndex(X, n, d);
    this.classes = classes;
    const enc = new Map(this.classes.map((c, i) => [c, i]));
    this.yEnc = Int32Array.from(y, (v) => enc.get(v)!);
    return this;
  }

  /** Class probabilities for m flat query rows: m × nClasses, row-major. For grids (the widget's map). */
  predictProbaFlat(Q: Float64Array, m: number): Float64Array {
    // the votes do not depend on the neighbours' order: skip sorting them
    return this.predictProbaNeighbours(this.kneighborsFlat(Q, m, this.nNeighbors, false), m, this.nNeighbors);
  }

  /**
   * Class probabilities (m × nClasses, row-major) from neighbour lists already searched, voting with the first k of
   * each. Lists searched sorted (kneighborsFlat) for a larger k serve every smaller one: a k slider searches once and
   * only votes again (the #/knn widget's map). Same weights and probabilities as predictProbaFlat at nNeighbors = k.
   */
  predictProbaNeighbours(res: NeighborResult, m: number, k = this.nNeighbors): Float64Array {
    if (k > res.k) throw new RangeError(`${k} neighbours asked of lists of ${res.k}`);
    const K = res.k, C = this.classes.length;
    const out = new Float64Array(m * C);
    const w = new Float64Array(k);
    for (let q = 0; q < m; q++) {
      this.neighbourWeights(res.distances, q * K, k, w);
      let total = 0;
      for (let j = 0; j < k; j++) {
        out[q * C + this.yEnc[res.indices[q * K + j]]] += w[j];
        total += w[j];
      }
      for (let c = 0; c < C; c++) out[q * C + c] /= total;
    }
    return out;
  }

  predictProba(X: number[][]): number[][] {
    const q = this.checkQuery(X, 'predictProba');
    return toRows(this.predictProbaFlat(q.data, q.n), q.n, this.classes.length);
  }

  predict(X: number[][]): number[] {
    const q = this.checkQuery(X, 'predict');
    const P = this.predictProbaFlat(q.data, q.n);
    const C = this.classes.length;
    const out = new Array<number>(q.n);
    for (let i = 0; i < q.n; i++) out[i] = this.classes[argmaxFirst(P, i * C, C)];
    return out;
  }

  /**
   * What predict would return with nNeighbors = 1, 2, …, kMax, from one search of kMax neighbours: row k − 1
   * holds the predictions for k (same weights and tie rule as predict). For accuracy-against-k curves without
   * kMax refits, in the spirit of scikit-learn's `staged_predict` (an ensemble's predictions after each stage).
   */
  stagedPredict(X: number[][], kMax: number): number[][] {
    const q = this.checkQuery(X, 'stagedPredict');
    const res = this.kneighborsFlat(q.data, q.n, kMax); // sorted: the first k are the k nearest
    const C = this.classes.length;
    const out = Array.from({ length: kMax }, () => new Array<number>(q.n));
    const w = new Float64Array(kMax), votes = new Float64Array(C);
    for (let i = 0; i < q.n; i++) {
      // Sorted, any exact match (distance 0) is the first neighbour, so it is in every prefix: the weights of
      // all kMax neighbours are also each prefix's own weights.
      this.neighbourWeights(res.distances, i * kMax, kMax, w);
      votes.fill(0);
      for (let j = 0; j < kMax; j++) {
        votes[this.yEnc[res.indices[i * kMax + j]]] += w[j];
        out[j][i] = this.classes[argmaxFirst(votes, 0, C)];
      }
    }
    return out;
  }
}

/** Index of the largest of a[o..o+n) (the first of equal maxima: the smallest class). */
function argmaxFirst(a: Float64Array, o: number, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (a[o + c] > a[o + best]) best = c;
  return best;
}
