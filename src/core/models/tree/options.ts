/**
 * The options every decision tree shares, checked when the estimator is built (core/validation's messages) and
 * resolved against the data at fit time, with scikit-learn's rules (sklearn/tree/_classes.py, 1.2).
 *
 * scikit-learn tells a count from a fraction by the Python type (5 vs 0.5, 1 vs 1.0). JavaScript has one
 * number type, so here a whole number is a count and a number strictly between 0 and 1 is a fraction.
 */
import { checkNumber, formatValue } from '../../validation';
import type { CriterionKind } from './criterion';
import type { GrowerParams } from './grower';

export type MaxFeatures = number | 'sqrt' | 'log2' | null;

/** The tree options as resolved (what getParams returns). */
export interface DecisionTreeBaseParams {
  /** Deepest allowed node (root = depth 0); null: grow until pure or another rule stops. Default null. */
  maxDepth: number | null;
  /** A node with fewer samples is not split: a count ≥ 2, or a fraction of n (rounded up). Default 2. */
  minSamplesSplit: number;
  /** Every leaf keeps at least this many samples: a count ≥ 1, or a fraction of n (rounded up). Default 1. */
  minSamplesLeaf: number;
  /** Every leaf keeps at least this fraction of the total sample weight, in [0, 0.5]. Default 0. */
  minWeightFractionLeaf: number;
  /** Features drawn at each split: a count, a fraction, 'sqrt', 'log2' or null (all). Default null. */
  maxFeatures: MaxFeatures;
  /** Grow best-first up to this many leaves (≥ 2); null: depth-first without a limit. Default null. */
  maxLeafNodes: number | null;
  /** Split only if the weighted impurity decrease is at least this. Default 0. */
  minImpurityDecrease: number;
  /** Cost-complexity pruning strength (≥ 0) applied after growth. Default 0 (no pruning). */
  ccpAlpha: number;
  /** Seed of the feature draws (matters only when maxFeatures is below the number of features). Default 0. */
  seed: number;
}

export type DecisionTreeBaseOptions = Partial<DecisionTreeBaseParams>;

export const TREE_DEFAULTS: DecisionTreeBaseParams = {
  maxDepth: null, minSamplesSplit: 2, minSamplesLeaf: 1, minWeightFractionLeaf: 0, maxFeatures: null,
  maxLeafNodes: null, minImpurityDecrease: 0, ccpAlpha: 0, seed: 0,
};

const isCount = (v: unknown, min: number) => typeof v === 'number' && Number.isInteger(v) && v >= min;
const isFraction = (v: unknown) => typeof v === 'number' && v > 0 && v < 1;

function fail(who: string, name: string, rule: string, value: unknown): never {
  throw new RangeError(`${who}: ${name} must be ${rule}; got ${formatValue(value)}`);
}

/** Checks every tree option (defaults filled in); `who` names the estimator in messages. */
export function checkTreeParams<P extends DecisionTreeBaseParams>(p: P, who: string): P {
  if (p.maxDepth !== null && !isCount(p.maxDepth, 1)) fail(who, 'maxDepth', 'an integer ≥ 1 or null', p.maxDepth);
  if (!isCount(p.minSamplesSplit, 2) && !isFraction(p.minSamplesSplit)) {
    fail(who, 'minSamplesSplit', 'an integer ≥ 2 or a fraction in (0, 1)', p.minSamplesSplit);
  }
  if (!isCount(p.minSamplesLeaf, 1) && !isFraction(p.minSamplesLeaf)) {
    fail(who, 'minSamplesLeaf', 'an integer ≥ 1 or a fraction in (0, 1)', p.minSamplesLeaf);
  }
  checkNumber('minWeightFractionLeaf', p.minWeightFractionLeaf, { min: 0, max: 0.5 }, who);
  const mf = p.maxFeatures;
  if (mf !== null && mf !== 'sqrt' && mf !== 'log2' && !isCount(mf, 1) && !isFraction(mf)) {
    fail(who, 'maxFeatures', "an integer ≥ 1, a fraction in (0, 1), 'sqrt', 'log2' or null", mf);
  }
  if (p.maxLeafNodes !== null && !isCount(p.maxLeafNodes, 2)) fail(who, 'maxLeafNodes', 'an integer ≥ 2 or null', p.maxLeafNodes);
  checkNumber('minImpurityDecrease', p.minImpurityDecrease, { min: 0 }, who);
  checkNumber('ccpAlpha', p.ccpAlpha, { min: 0 }, who);
  checkNumber('seed', p.seed, {}, who);
  return p;
}

/** The number of features drawn per split (scikit-learn's max_features_). */
export function resolveMaxFeatures(mf: MaxFeatures, d: number, who: string): number {
  if (mf === null) return d;
  if (mf === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(d)));
  if (mf === 'log2') return Math.max(1, Math.floor(Math.log2(d)));
  if (Number.isInteger(mf)) {
    if (mf > d) throw new RangeError(`${who}: maxFeatures must be at most the number of features (${d}); got ${mf}`);
    return mf;
  }
  return Math.max(1, Math.floor(mf * d));
}

/** The builder's parameters for n samples of d features (totalWeight: Σ sample weights, or n). */
export function resolveGrowerParams(o: DecisionTreeBaseParams, criterion: CriterionKind, n: number, d: number, totalWeight: number, who: string): GrowerParams {
  const minSamplesLeaf = Number.isInteger(o.minSamplesLeaf) ? o.minSamplesLeaf : Math.ceil(o.minSamplesLeaf * n);
  let minSamplesSplit = Number.isInteger(o.minSamplesSplit) ? o.minSamplesSplit : Math.max(2, Math.ceil(o.minSamplesSplit * n));
  minSamplesSplit = Math.max(minSamplesSplit, 2 * minSamplesLeaf);
  return {
    criterion,
    maxDepth: o.maxDepth ?? 2 ** 31 - 1,
    minSamplesSplit,
    minSamplesLeaf,
    minWeightLeaf: o.minWeightFractionLeaf * totalWeight,
    maxFeatures: resolveMaxFeatures(o.maxFeatures, d, who),
    maxLeafNodes: o.maxLeafNodes ?? -1,
    minImpurityDecrease: o.minImpurityDecrease,
    randomFeatureOrder: false,
  };
}
