/**
 * The best split of a node from class counts per distinct value: the splitter for classification without
 * sample weights when every feature has at most MAX_BINS distinct values (bins.ts), as the 8×8 digits' pixels
 * (0–16) or iris's measurements.
 *
 * For each feature, one pass over the node's samples counts the classes of each distinct value; the candidate
 * thresholds are then walked value by value instead of sample by sample. Nothing is sorted per fit or per node
 * and only the node's own sample list is partitioned at a split (splitter.ts partitions every feature's sorted
 * order). The counts are integers, so the class sums at each threshold, the proxies compared and the winner are
 * exactly splitter.ts's: the same rules (FEATURE_THRESHOLD, minSamplesLeaf, strict > so the first of equal
 * proxies wins, features in index order or scikit-learn's draw) give the same tree. With weights the sums
 * would be added in another order and could round differently, so weighted fits keep the sorted splitter.
 */
import { BaseSplitter } from './base-splitter';
import { MAX_BINS, type FeatureBins } from './bins';
import { classProxy, type NodeStats, type TreeData } from './criterion';
import { finishClassSplit } from './split-children';
import { FEATURE_THRESHOLD, midThreshold, type SplitRecord, type SplitterOptions } from './split-types';

export class HistSplitter extends BaseSplitter {
  readonly nActive: number;
  /** The node samples: [start, end) of a node, each split moving its left samples first. */
  readonly order: Int32Array;
  protected readonly stride = 0;
  /** The counts of the feature in hand (built by isConstant, read and zeroed by scan): `counts[b * K + c]`, `binTotal[b]`. */
  private readonly counts: Int32Array;
  private readonly binTotal: Int32Array;
  /** The class sums left of the best split so far (its children's impurities come from them). */
  private readonly bestLeft: Float64Array;

  constructor(data: TreeData, readonly fb: FeatureBins, options: SplitterOptions) {
    super(data, options);
    const { n, nClasses } = data;
    this.nActive = n;
    this.order = Int32Array.from({ length: n }, (_, i) => i);
    this.counts = new Int32Array(MAX_BINS * nClasses);
    this.binTotal = new Int32Array(MAX_BINS);
    this.bestLeft = new Float64Array(nClasses);
  }

  protected finish(start: number, end: number, stats: NodeStats, impurity: number, best: SplitRecord): void {
    finishClassSplit(this.options.criterion, this.bestLeft, best.pos - start, this.nActive, stats, impurity, best);
  }

  /** Counts feature f's classes per value over the node; a constant feature's counts are cleared at once. */
  protected isConstant(f: number, start: number, end: number): boolean {
    const { counts, binTotal: total, order: samples } = this, { yClass: y, nClasses: K, n } = this.data;
    const bins = this.fb.bins, o = f * n;
    for (let r = start; r < end; r++) {
      const s = samples[r], b = bins[o + s];
      counts[b * K + y![s]]++;
      total[b]++;
    }
    let lo = 0, hi = MAX_BINS - 1;
    while (total[lo] === 0) lo++;
    while (total[hi] === 0) hi--;
    const v = this.fb.values, vo = f * MAX_BINS;
    if (v[vo + hi] <= v[vo + lo] + FEATURE_THRESHOLD) {
      counts.fill(0);
      total.fill(0);
      return true;
    }
    return false;
  }

  /**
   * Walks feature f's values in the node from the lowest: the class sums left of the threshold between a value
   * and the next are those of all lower values (splitter.ts's scan reaches the same sums one sample at a time).
   */
  protected scan(f: number, start: number, end: number, stats: NodeStats, best: SplitRecord): void {
    const { counts, binTotal: total, sumLeft } = this, K = this.data.nClasses;
    const { minSamplesLeaf: msl, minWeightLeaf } = this.options, gini = this.options.criterion === 'gini';
    const v = this.fb.values, vo = f * MAX_BINS, m = end - start, wN = stats.weightedN;
    sumLeft.fill(0);
    let wL = 0, prev = Infinity; // no threshold below the first value
    for (let b = 0; wL < m; b++) {
      const nb = total[b];
      if (nb === 0) continue;
      const a = v[vo + b];
      if (a > prev + FEATURE_THRESHOLD && wL >= msl && m - wL >= msl) {
        const wR = wN - wL;
        if (wL >= minWeightLeaf && wR >= minWeightLeaf) {
          const proxy = classProxy(gini, sumLeft, stats.sum, wL, wR);
          if (proxy > this.bestProxy) {
            this.bestProxy = proxy;
            best.feature = f;
            best.pos = start + wL;
            best.threshold = midThreshold(prev, a);
            this.bestLeft.set(sumLeft);
          }
        }
      }
      for (let c = 0, o = b * K; c < K; c++) {
        sumLeft[c] += counts[o + c];
        counts[o + c] = 0;
      }
      total[b] = 0;
      wL += nb;
      prev = a;
    }
  }

  /** Moves the samples with x ≤ threshold (those left of the split) before the others, by swaps as scikit-learn. */
  partition(start: number, end: number, split: SplitRecord): void {
    const samples = this.order, cols = this.data.cols, co = split.feature * this.data.n, t = split.threshold;
    for (let p = start, e = end; p < e; ) {
      const s = samples[p];
      if (cols[co + s] <= t) p++;
      else {
        samples[p] = samples[--e];
        samples[e] = s;
      }
    }
  }
}
