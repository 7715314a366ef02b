/**
 * The options every decision tree shares, checked when the estimator is built and resolved against the data
 * at fit time, with scikit-learn's rules (sklearn/tree/_classes.py, 1.2).
 *
 * scikit-learn tells a count from a fraction by the Python type (5 vs 0.5, 1 vs 1.0). JavaScript has one
 * number type, so here a whole number is a count and a number strictly between 0 and 1 is a fraction.
 */
import type { GrowerParams } from './grower';
import type { CriterionKind } from './criterion';

export type MaxFeatures = number | 'sqrt' | 'log2' | null;

export interface DecisionTreeBaseOptions {
  /** Deepest allowed node (root = depth 0); null: grow until pure or another rule stops. Default null. */
  maxDepth?: number | null;
  /** A node with fewer samples is not split: a count ≥ 2, or a fraction of n (rounded up). Default 2. */
  minSamplesSplit?: number;
  /** Every leaf keeps at least this many samples: a count ≥ 1, or a fraction of n (rounded up). Default 1. */
  minSamplesLeaf?: number;
  /** Every leaf keeps at least this fraction of the total sample weight, in [0, 0.5]. Default 0. */
  minWeightFractionLeaf?: number;
  /** Features drawn at each split: a count, a fraction, 'sqrt', 'log2' or null (all). Default null. */
  maxFeatures?: MaxFeatures;
  /** Grow best-first up to this many leaves (≥ 2); null: depth-first without a limit. Default null. */
  maxLeafNodes?: number | null;
  /** Split only if the weighted impurity decrease is at least this. Default 0. */
  minImpurityDecrease?: number;
  /** Cost-complexity pruning strength (≥ 0) applied after growth. Default 0 (no pruning). */
  ccpAlpha?: number;
  /** Seed of the feature draws (matters only when maxFeatures is below the number of features). Default 0. */
  seed?: number;
}

export type ResolvedBaseOptions = Required<DecisionTreeBaseOptions>;

const isCount = (v: unknown, min: number) => typeof v === 'number' && Number.isInteger(v) && v >= min;
const isFraction = (v: unknown) => typeof v === 'number' && v > 0 && v < 1;
const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : String(v));

/** Fills in the defaults and checks every option, with one clear message per bad value. */
export function checkBaseOptions(o: DecisionTreeBaseOptions): ResolvedBaseOptions {
  const r: ResolvedBaseOptions = {
    maxDepth: o.maxDepth ?? null,
    minSamplesSplit: o.minSamplesSplit ?? 2,
    minSamplesLeaf: o.minSamplesLeaf ?? 1,
    minWeightFractionLeaf: o.minWeightFractionLeaf ?? 0,
    maxFeatures: o.maxFeatures ?? null,
    maxLeafNodes: o.maxLeafNodes ?? null,
    minImpurityDecrease: o.minImpurityDecrease ?? 0,
    ccpAlpha: o.ccpAlpha ?? 0,
    seed: o.seed ?? 0,
  };
  if (r.maxDepth !== null && !isCount(r.maxDepth, 1)) throw new RangeError(`maxDepth must be an integer ≥ 1 or null, got ${show(r.maxDepth)}`);
  if (!isCount(r.minSamplesSplit, 2) && !isFraction(r.minSamplesSplit)) {
    throw new RangeError(`minSamplesSplit must be an integer ≥ 2 or a fraction in (0, 1), got ${show(r.minSamplesSplit)}`);
  }
  if (!isCount(r.minSamplesLeaf, 1) && !isFraction(r.minSamplesLeaf)) {
    throw new RangeError(`minSamplesLeaf must be an integer ≥ 1 or a fraction in (0, 1), got ${show(r.minSamplesLeaf)}`);
  }
  if (typeof r.minWeightFractionLeaf !== 'number' || !(r.minWeightFractionLeaf >= 0 && r.minWeightFractionLeaf <= 0.5)) {
    throw new RangeError(`minWeightFractionLeaf must be in [0, 0.5], got ${show(r.minWeightFractionLeaf)}`);
  }
  const mf = r.maxFeatures;
  if (mf !== null && mf !== 'sqrt' && mf !== 'log2' && !isCount(mf, 1) && !isFraction(mf)) {
    throw new RangeError(`maxFeatures must be an integer ≥ 1, a fraction in (0, 1), 'sqrt', 'log2' or null, got ${show(mf)}`);
  }
  if (r.maxLeafNodes !== null && !isCount(r.maxLeafNodes, 2)) throw new RangeError(`maxLeafNodes must be an integer ≥ 2 or null, got ${show(r.maxLeafNodes)}`);
  for (const k of ['minImpurityDecrease', 'ccpAlpha'] as const) {
    if (typeof r[k] !== 'number' || !(r[k] >= 0) || !Number.isFinite(r[k])) throw new RangeError(`${k} must be a finite number ≥ 0, got ${show(r[k])}`);
  }
  if (typeof r.seed !== 'number' || !Number.isFinite(r.seed)) throw new RangeError(`seed must be a finite number, got ${show(r.seed)}`);
  return r;
}

/** The number of features drawn per split (scikit-learn's max_features_). */
export function resolveMaxFeatures(mf: MaxFeatures, d: number): number {
  if (mf === null) return d;
  if (mf === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(d)));
  if (mf === 'log2') return Math.max(1, Math.floor(Math.log2(d)));
  if (Number.isInteger(mf)) {
    if (mf > d) throw new RangeError(`maxFeatures must be at most the number of features (${d}), got ${mf}`);
    return mf;
  }
  return Math.max(1, Math.floor(mf * d));
}

/** The builder's parameters for n samples of d features (totalWeight: Σ sample weights, or n). */
export function resolveGrowerParams(o: ResolvedBaseOptions, criterion: CriterionKind, n: number, d: number, totalWeight: number): GrowerParams {
  const minSamplesLeaf = Number.isInteger(o.minSamplesLeaf) ? o.minSamplesLeaf : Math.ceil(o.minSamplesLeaf * n);
  let minSamplesSplit = Number.isInteger(o.minSamplesSplit) ? o.minSamplesSplit : Math.max(2, Math.ceil(o.minSamplesSplit * n));
  minSamplesSplit = Math.max(minSamplesSplit, 2 * minSamplesLeaf);
  return {
    criterion,
    maxDepth: o.maxDepth ?? 2 ** 31 - 1,
    minSamplesSplit,
    minSamplesLeaf,
    minWeightLeaf: o.minWeightFractionLeaf * totalWeight,
    maxFeatures: resolveMaxFeatures(o.maxFeatures, d),
    maxLeafNodes: o.maxLeafNodes ?? -1,
    minImpurityDecrease: o.minImpurityDecrease,
    randomFeatureOrder: false,
  };
}
