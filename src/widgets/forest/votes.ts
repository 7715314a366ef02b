/**
 * A forest's soft vote, kept up to date tree by tree for a fixed set of rows (the test rows, the map's grid): the
 * sum over the trees grown so far of each tree's class probabilities (its leaf's class weights normalised), the
 * same sums, in the same order, that RandomForestClassifier.predictProba averages. One tree adds in O(rows · depth).
 */
import { argmaxFirst } from '../../core/models/tree/classifier';
import type { Tree } from '../../core/models/tree';

export class VoteSum {
  /** Row-major rows × K sums of the trees' probabilities. */
  readonly sum: Float64Array;
  trees = 0;
  private readonly rows: Float32Array;

  constructor(X: readonly (readonly number[])[], readonly K: number) {
    this.rows = Float32Array.from(X.flat());
    this.sum = new Float64Array(X.length * K);
  }

  get m(): number {
    return this.sum.length / this.K;
  }

  /** Adds one tree's probabilities; returns the tree's own predicted class index per row. */
  add(t: Tree): Int32Array {
    const K = this.K, leaves = t.applyFlat(this.rows, this.m), own = new Int32Array(this.m);
    for (let i = 0; i < this.m; i++) {
      const v = t.value[leaves[i]];
      let s = 0;
      for (let c = 0; c < K; c++) s += v[c];
      for (let c = 0; c < K; c++) this.sum[i * K + c] += s === 0 ? v[c] : v[c] / s;
      own[i] = argmaxFirst(v);
    }
    this.trees++;
    return own;
  }

  /** The forest's class index per row (the first on ties, as predict). */
  predicted(): Int32Array {
    const K = this.K;
    return Int32Array.from({ length: this.m }, (_, i) => argmaxFirst(this.sum.subarray(i * K, i * K + K)));
  }

  /** Mean probability of class index c per row (0 before any tree). */
  mean(c: number): Float32Array {
    const K = this.K, t = Math.max(1, this.trees);
    return Float32Array.from({ length: this.m }, (_, i) => this.sum[i * K + c] / t);
  }

  /** The winning class index and its mean probability per row. */
  winners(): { classes: Int32Array; confidence: Float32Array } {
    const K = this.K, t = Math.max(1, this.trees), classes = this.predicted();
    const confidence = Float32Array.from(classes, (c, i) => this.sum[i * K + c] / t);
    return { classes, confidence };
  }
}

/** Share of rows where the predicted class index equals the true one. */
export function accuracyOf(pred: ArrayLike<number>, yIndex: ArrayLike<number>): number {
  let ok = 0;
  for (let i = 0; i < yIndex.length; i++) if (pred[i] === yIndex[i]) ok++;
  return yIndex.length ? ok / yIndex.length : NaN;
}
