/**
 * What the splitter (splitter.ts) and its helpers share: the split record a node's search fills in, the source of
 * random feature draws, and the splitter's options. Types only (and scikit-learn's FEATURE_THRESHOLD), so
 * candidates.ts can read the threshold rule without the splitter.
 */
import type { CriterionKind } from './criterion';

export const FEATURE_THRESHOLD = 1e-7;

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
