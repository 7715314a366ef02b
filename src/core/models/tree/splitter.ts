/**
 * The best split of one node, as scikit-learn's BestSplitter (sklearn/tree/_splitter.pyx, 1.2).
 *
 * - Candidate thresholds lie between consecutive distinct sorted values of a feature (values closer than
 *   FEATURE_THRESHOLD = 1e-7 count as equal): the midpoint a/2 + b/2 of the float32 values, or a when the
 *   midpoint rounds up to b. `x <= threshold` goes left.
 * - A candidate is skipped if either side would hold fewer than minSamplesLeaf samples or less than
 *   minWeightLeaf weight. The winner maximises scikit-learn's proxy (−w_R·I_R − w_L·I_L for Gini and entropy,
 *   s_L²/w_L + s_R²/w_R for squared error); the first of equal proxies wins (strict >), so within a feature
 *   the lowest threshold wins.
 * - Features: scikit-learn draws them in a random order (its RNG), evaluating at least maxFeatures (constant
 *   features are skipped but counted, and at least one non-constant one is evaluated). When all features are
 *   evaluated the order only decides ties between features: we visit them in index order, so **a tie between
 *   features goes to the lowest feature index** (scikit-learn picks any of them, depending on its seed). With
 *   maxFeatures below the number of features, and in forests (where a fixed choice would bias the importances
 *   toward low feature indices: every split of two samples is such a tie), we run scikit-learn's draw with our
 *   own seeded RNG.
 * Node samples are kept sorted along every feature (presort.ts), so no sorting happens here. This file holds the
 * search (the hot scan over candidate thresholds) and the partition of a split node's samples; the visit of the
 * features is base-splitter.ts (shared with hist-splitter.ts, which counts classes per value instead of sorting),
 * the random feature draw feature-draw.ts, the children's impurities split-children.ts, the shared types
 * split-types.ts.
 */
import { classProxy, type NodeStats, type TreeData } from './criterion';
import { BaseSplitter } from './base-splitter';
import { keepWeighted } from './presort';
import { finishSplit } from './split-children';
import { FEATURE_THRESHOLD, midThreshold, type SplitRecord, type SplitterOptions } from './split-types';

export { FEATURE_THRESHOLD, type RandomIntSource, type SplitRecord, type SplitterOptions } from './split-types';

const GINI = 0, ENTROPY = 1, SQUARED_ERROR = 2;

export class Splitter extends BaseSplitter {
  /** Active samples (positive weight) sorted along each feature: `order[f * nActive + r]`. */
  readonly order: Int32Array;
  readonly nActive: number;
  protected readonly stride: number;
  /** Σ of all sample weights (scikit-learn's weighted_n_samples). */
  readonly weightedNSamples: number;
  private readonly buf: Int32Array;
  private readonly goLeft: Uint8Array;
  /** Weights (all 1 when none were given), class indices and targets, never null inside the loops. */
  private readonly w: Float64Array;
  private readonly yClass: Int32Array;
  private readonly yValue: Float64Array;
  private readonly kind: number;

  /** presortOwned: the splitter may reorder `presorted` in place instead of copying it. */
  constructor(data: TreeData, presorted: Int32Array, options: SplitterOptions, presortOwned = false) {
    super(data, options);
    const { n, d, weight } = data;
    const kept = keepWeighted(presorted, n, d, weight, presortOwned);
    this.order = kept.order;
    this.nActive = this.stride = kept.nActive;
    let total = 0;
    if (weight) for (let i = 0; i < n; i++) total += weight[i];
    else total = n;
    this.weightedNSamples = total;
    this.buf = new Int32Array(this.nActive);
    this.goLeft = new Uint8Array(n);
    this.w = weight ?? new Float64Array(n).fill(1);
    this.yClass = data.yClass ?? new Int32Array(0);
    this.yValue = data.yValue ?? new Float64Array(0);
    this.kind = options.criterion === 'gini' ? GINI : options.criterion === 'entropy' ? ENTROPY : SQUARED_ERROR;
  }

  protected finish(start: number, end: number, stats: NodeStats, impurity: number, best: SplitRecord): void {
    finishSplit(this.data, this.options.criterion, this.order, this.nActive, this.sumLeft, this.weightedNSamples, start, end, stats, impurity, best);
  }

  protected isConstant(f: number, start: number, end: number): boolean {
    const o = f * this.nActive, co = f * this.data.n, cols = this.data.cols;
    return cols[co + this.order[o + end - 1]] <= cols[co + this.order[o + start]] + FEATURE_THRESHOLD;
  }

  /**
   * Evaluates every candidate threshold of feature f, updating best when a proxy beats bestProxy. The proxies
   * are scikit-learn's expressions in its order of operations (criterion.ts classProxy), so equal splits compare
   * equal.
   */
  protected scan(f: number, start: number, end: number, stats: NodeStats, best: SplitRecord): void {
    const { cols, n } = this.data;
    const { minSamplesLeaf: msl, minWeightLeaf } = this.options;
    const order = this.order, o = f * this.nActive, co = f * n;
    const w = this.w, yc = this.yClass, yv = this.yValue, kind = this.kind, unweighted = this.data.weight === null;
    const sumLeft = this.sumLeft, total = stats.sum, wN = stats.weightedN;
    sumLeft.fill(0);
    let wL = 0, sL = 0;
    let a = cols[co + order[o + start]];
    for (let p = start + 1; p < end; p++) {
      const s = order[o + p - 1];
      if (kind === SQUARED_ERROR) {
        const ws = w[s];
        sL += ws * yv[s];
        wL += ws;
      } else if (unweighted) {
        sumLeft[yc[s]]++; // the common case: skips a random read of the weights
        wL++;
      } else {
        const ws = w[s];
        sumLeft[yc[s]] += ws;
        wL += ws;
      }
      const prev = a;
      a = cols[co + order[o + p]];
      if (a <= prev + FEATURE_THRESHOLD) continue;
      if (p - start < msl || end - p < msl) continue;
      const wR = wN - wL;
      if (wL < minWeightLeaf || wR < minWeightLeaf) continue;
      let proxy: number;
      if (kind === SQUARED_ERROR) {
        const sR = total[0] - sL;
        proxy = (sL * sL) / wL + (sR * sR) / wR;
      } else proxy = classProxy(kind === GINI, sumLeft, total, wL, wR);
      if (proxy > this.bestProxy) {
        this.bestProxy = proxy;
        best.feature = f;
        best.pos = p;
        best.threshold = midThreshold(prev, a);
      }
    }
  }

  /**
   * Moves the left samples before the right ones along every feature, keeping each feature's sorted order.
   * A feature constant in the node is skipped: it stays constant in every descendant, so it is never scanned
   * there and its constancy test (first and last value of the range) holds on any subset of the node's samples.
   * (This is most of the work saved on images such as the digits, whose border pixels are constant.)
   */
  partition(start: number, end: number, split: SplitRecord): void {
    const d = this.data.d;
    const order = this.order, N = this.nActive, goLeft = this.goLeft, buf = this.buf;
    const ob = split.feature * N;
    for (let r = start; r < split.pos; r++) goLeft[order[ob + r]] = 1;
    for (let f = 0; f < d; f++) {
      if (f === split.feature || this.isConstant(f, start, end)) continue;
      const o = f * N;
      let l = o + start, nr = 0;
      for (let r = o + start; r < o + end; r++) {
        const i = order[r];
        if (goLeft[i]) order[l++] = i;
        else buf[nr++] = i;
      }
      for (let k = 0; k < nr; k++) order[l + k] = buf[k];
    }
    for (let r = start; r < split.pos; r++) goLeft[order[ob + r]] = 0;
  }
}
