/**
 * What the splitter (splitter.ts) and its helpers share: the split record a node's search fills in, the source of
 * random feature draws, and the splitter's options. Types only (and scikit-learn's FEATURE_THRESHOLD), so
 * candidates.ts can read the threshold rule without the splitter.
 */
import type { CriterionKind, NodeStats } from './criterion';

export const FEATURE_THRESHOLD = 1e-7;

/** The threshold between consecutive distinct values a < b: their midpoint, or a when it rounds up to b. */
export function midThreshold(a: number, b: number): number {
  const t = a / 2 + b / 2;
  return t === b || !isFinite(t) ? a : t;
}

export interface SplitRecord {
  feature: number;
  /** Samples [start, pos) of the node go left; pos = end means no valid split. */
  pos: number;
  threshold: number;
  improvement: number;
  impurityLeft: number;
  impurityRight: number;
  /** Features known to be constant in this node (passed down to the children, as scikit-learn). */
  nConstant: number;
}

/**
 * Where the feature draws come from: our seeded Rng in the estimators; the tests plug in scikit-learn's own
 * generator (its xorshift rand_r) to check that with the same numbers we draw the same features.
 */
export interface RandomIntSource {
  /** A uniform integer in [0, n). */
  int(n: number): number;
}

export interface SplitterOptions {
  criterion: CriterionKind;
  minSamplesLeaf: number;
  minWeightLeaf: number;
  /** Features to draw per split (1..d). */
  maxFeatures: number;
  /** Visit the features in a random order even when all are evaluated, so ties go to a random one (forests). */
  randomFeatureOrder: boolean;
  rng: RandomIntSource;
}

/**
 * What the grower asks of a splitter (splitter.ts keeps each feature's sorted order; hist-splitter.ts counts
 * classes per distinct value). `f` names a feature whose order was partitioned down to the node: the parent's
 * split feature (the histogram splitter ignores it).
 */
export interface NodeSplitter {
  /** Samples with a positive weight: the root holds [0, nActive). */
  readonly nActive: number;
  /** Weighted totals of samples [start, end) (scikit-learn's node_reset). */
  nodeStats(start: number, end: number, f: number): NodeStats;
  nodeSamples(start: number, end: number, f: number): number[];
  /** scikit-learn's node_split: the best split of [start, end), or pos = end if none is allowed. */
  findBestSplit(start: number, end: number, stats: NodeStats, impurity: number, nConstantIn: number): SplitRecord;
  /** Puts the split's left samples before its right ones. */
  partition(start: number, end: number, split: SplitRecord): void;
}
