/**
 * What the two splitters share (splitter.ts: sorted orders; hist-splitter.ts: counts per value): scikit-learn's
 * node_split around the search of one feature. The features are visited in index order (a tie between features
 * goes to the lowest index), or in scikit-learn's random draw (feature-draw.ts) when maxFeatures is below the
 * number of features or the tree is a forest's. Either way the features found constant in a node are listed
 * (constantFeatures[0, nConstant)) for its children, which skip them: a subset of constant values is constant.
 */
import type { NodeStats, TreeData } from './criterion';
import { drawFeatures } from './feature-draw';
import type { NodeSplitter, SplitRecord, SplitterOptions } from './split-types';

export abstract class BaseSplitter implements NodeSplitter {
  abstract readonly nActive: number;
  /** The feature draw's working arrays (feature-draw.ts); constantFeatures also serves the index-order search. */
  readonly features: Int32Array;
  readonly constantFeatures: Int32Array;
  /** knownConstant[f] = 1: f is known constant in the node being searched. */
  private readonly knownConstant: Uint8Array;
  /** Scratch space of the criterion's width: class sums (or Σwy) left of a threshold. */
  protected readonly sumLeft: Float64Array;
  /** The best proxy of the node's search so far (the scans compare with it). */
  protected bestProxy = -Infinity;

  constructor(readonly data: TreeData, readonly options: SplitterOptions) {
    this.features = Int32Array.from({ length: data.d }, (_, f) => f);
    this.constantFeatures = new Int32Array(data.d);
    this.knownConstant = new Uint8Array(data.d);
    this.sumLeft = new Float64Array(data.yClass ? data.nClasses : 1);
  }

  /**
   * Where a node's samples are listed: order[f * stride + start, f * stride + end) when the node was reached through
   * a split on feature f (the sorted splitter keeps one list per feature, stride nActive; the histogram splitter
   * one for all, stride 0).
   */
  abstract readonly order: Int32Array;
  protected abstract readonly stride: number;

  /** Weighted totals of samples [start, end) (scikit-learn's node_reset); f: the parent's split feature. */
  nodeStats(start: number, end: number, f: number): NodeStats {
    const { yClass, yValue, weight, nClasses } = this.data;
    const sum = new Array<number>(yClass ? nClasses : 1).fill(0);
    let weightedN = 0, sqSum = 0;
    const list = this.order, o = f * this.stride;
    for (let r = o + start; r < o + end; r++) {
      const i = list[r];
      const w = weight ? weight[i] : 1;
      if (yClass) sum[yClass[i]] += w;
      else {
        const wy = w * (yValue as Float64Array)[i];
        sum[0] += wy;
        sqSum += wy * (yValue as Float64Array)[i];
      }
      weightedN += w;
    }
    return { weightedN, sum, sqSum };
  }

  /** The sample indices of node [start, end) (as nodeStats). */
  nodeSamples(start: number, end: number, f: number): number[] {
    const o = f * this.stride;
    return Array.from(this.order.subarray(o + start, o + end));
  }

  abstract partition(start: number, end: number, split: SplitRecord): void;
  /** Whether feature f is constant over [start, end) (values within FEATURE_THRESHOLD count as equal). */
  protected abstract isConstant(f: number, start: number, end: number): boolean;
  /** Evaluates feature f's thresholds (right after isConstant(f) said no), updating best when a proxy beats bestProxy. */
  protected abstract scan(f: number, start: number, end: number, stats: NodeStats, best: SplitRecord): void;
  /** Fills the winner's children impurities and improvement. */
  protected abstract finish(start: number, end: number, stats: NodeStats, impurity: number, best: SplitRecord): void;

  findBestSplit(start: number, end: number, stats: NodeStats, impurity: number, nConstantIn: number): SplitRecord {
    const best: SplitRecord = { feature: 0, pos: end, threshold: 0, improvement: -Infinity, impurityLeft: Infinity, impurityRight: Infinity, nConstant: nConstantIn };
    this.bestProxy = -Infinity;
    const d = this.data.d, { maxFeatures, rng } = this.options;
    const isConstant = (f: number) => this.isConstant(f, start, end), scan = (f: number) => this.scan(f, start, end, stats, best);
    if (maxFeatures >= d && !this.options.randomFeatureOrder) {
      const known = this.knownConstant.fill(0), constant = this.constantFeatures;
      for (let k = 0; k < nConstantIn; k++) known[constant[k]] = 1;
      let nTotal = nConstantIn;
      for (let f = 0; f < d; f++) {
        if (known[f]) continue;
        if (isConstant(f)) constant[nTotal++] = f;
        else scan(f);
      }
      best.nConstant = nTotal;
    } else best.nConstant = drawFeatures(this, d, maxFeatures, rng, nConstantIn, isConstant, scan);
    if (best.pos < end) this.finish(start, end, stats, impurity, best);
    return best;
  }
}
