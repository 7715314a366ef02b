/**
 * What RandomForestClassifier and RandomForestRegressor share (scikit-learn's BaseForest, 1.2): bagged trees
 * grown one per step (so a page can train a forest a few trees per frame), out-of-bag bookkeeping and the
 * mean decrease in impurity over the trees.
 *
 * Our trees draw from our own seeded generator, so a forest is not scikit-learn's forest tree for tree; its
 * accuracy, OOB score and importances follow the same distribution over seeds (tests/unit/forest-sklearn.test.ts).
 */
import { SteppedEstimator } from '../../base';
import { Rng } from '../../random';
import { checkNumber, formatValue } from '../../validation';
import type { BaseDecisionTree } from '../tree/base-tree';
import type { TreeData } from '../tree/criterion';
import { fitData, toFloat32Rows } from '../tree/input';
import { checkTreeParams, TREE_DEFAULTS, type DecisionTreeBaseParams } from '../tree/options';
import { presort } from '../tree/presort';
import { bootstrapSize, drawBootstrap, drawCounts } from './bootstrap';

/** The forest options as resolved (what getParams returns): the tree options and these. */
export interface RandomForestBaseParams extends DecisionTreeBaseParams {
  /** Number of trees (≥ 1). Default 100. */
  nEstimators: number;
  /** Train each tree on a bootstrap sample (true) or on all rows (false). Default true. */
  bootstrap: boolean;
  /** Rows per bootstrap sample: null (n), a count, or a fraction in (0, 1). Default null. */
  maxSamples: number | null;
  /**
   * Compute the out-of-bag score (needs bootstrap). Default false. As an option only (getParams().oobScore): on
   * the fitted forest, `oobScore` is the score itself (scikit-learn's oob_score_).
   */
  oobScore: boolean;
}

export type RandomForestBaseOptions = Partial<RandomForestBaseParams>;

export const FOREST_DEFAULTS: RandomForestBaseParams = { ...TREE_DEFAULTS, nEstimators: 100, bootstrap: true, maxSamples: null, oobScore: false };

/** One tree added by step(). */
export interface ForestStep<T> {
  index: number;
  estimator: T;
  /** The rows drawn for it, with repeats (all rows, once, without bootstrap). */
  samples: Int32Array;
}

/** Checks the tree options and the forest's own. */
export function checkForestParams<P extends RandomForestBaseParams>(p: P, who: string): P {
  checkTreeParams(p, who);
  checkNumber('nEstimators', p.nEstimators, { integer: true, min: 1 }, who);
  for (const k of ['bootstrap', 'oobScore'] as const) {
    if (typeof p[k] !== 'boolean') throw new RangeError(`${who}: ${k} must be true or false; got ${formatValue(p[k])}`);
  }
  const ms = p.maxSamples;
  if (ms !== null && !(typeof ms === 'number' && ((Number.isInteger(ms) && ms >= 1) || (ms > 0 && ms < 1)))) {
    throw new RangeError(`${who}: maxSamples must be an integer ≥ 1, a fraction in (0, 1) or null; got ${formatValue(ms)}`);
  }
  if (!p.bootstrap && ms !== null) throw new RangeError(`${who}: maxSamples cannot be set without bootstrap: set bootstrap to true or maxSamples to null`);
  if (!p.bootstrap && p.oobScore) throw new RangeError(`${who}: the out-of-bag score needs bootstrap: set bootstrap to true or oobScore to false`);
  return p;
}

export abstract class BaseForest<T extends BaseDecisionTree<DecisionTreeBaseParams>, P extends RandomForestBaseParams>
  extends SteppedEstimator<P, P, ForestStep<T>> {
  declare readonly nEstimators: number;
  declare readonly bootstrap: boolean;
  declare readonly maxSamples: number | null;
  declare readonly seed: number;
  /** The fitted trees, in the order they were grown. */
  estimators: T[] = [];
  /** The rows each tree was trained on (with repeats): scikit-learn's estimators_samples_. */
  estimatorsSamples: Int32Array[] = [];
  nFeaturesIn = 0;
  private data: TreeData | null = null;
  private presorted: Int32Array | null = null;
  /** Training rows as row-major float32, for out-of-bag predictions. */
  protected rows: Float32Array | null = null;
  private rng = new Rng(0);
  private nBoot = 0;

  /** Copies the options onto the instance, except oobScore: there that name is the fitted score (a getter). */
  protected override applyParams(p: P): void {
    const { oobScore, ...rest } = p;
    void oobScore;
    Object.assign(this, rest);
  }

  /** Checks y; returns the trees' targets and the forest-wide weights. */
  protected abstract encodeTargets(y: readonly number[], sampleWeight: Float64Array | null, who: string): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'>;
  /** A new unfitted tree with the forest's tree options and this seed. */
  protected abstract makeTree(seed: number): T;
  /** Per-tree weights on top of the bootstrap counts ('balancedSubsample'), or null. */
  protected abstract subsampleWeights(data: TreeData, samples: Int32Array): Float64Array | null;
  /** Adds a tree's predictions for its out-of-bag rows into oobSum. */
  protected abstract addOutOfBag(tree: T, oob: number[]): void;
  /** Values per row in oobSum: the number of classes, or 1. */
  protected abstract outputWidth(): number;

  /** Per training row: the summed predictions of the trees that did not see it, and their number. */
  protected oobSum = new Float64Array(0);
  protected oobCount = new Int32Array(0);

  /** Out-of-bag estimates exist: oobScore was asked for and a tree is grown. */
  protected get hasOutOfBag(): boolean {
    return this.getParams().oobScore && this.estimators.length > 0;
  }

  /** Prepares (X, y) for growing the forest tree by tree (fit and start call it); the forest has no tree yet. */
  protected begin(who: string, X: number[][], y: number[], sampleWeight?: number[] | null): this {
    const data = fitData(who, X, y, sampleWeight, (yy, w, at) => this.encodeTargets(yy, w, at));
    const { n, d } = data, oob = this.getParams().oobScore;
    this.nBoot = this.bootstrap ? bootstrapSize(n, this.maxSamples, who) : n;
    this.data = data;
    this.presorted = presort(data.cols, n, d);
    this.rows = toFloat32Rows(X, d, who).data;
    this.nFeaturesIn = d;
    this.rng = new Rng(this.seed);
    this.estimators = [];
    this.estimatorsSamples = [];
    this.oobSum = new Float64Array(oob ? n * this.outputWidth() : 0);
    this.oobCount = new Int32Array(oob ? n : 0);
    return this;
  }

  /** Grows the next tree; null once there are nEstimators. */
  step(): ForestStep<T> | null {
    if (this.estimators.length >= this.nEstimators) return null;
    const data = this.data, presorted = this.presorted;
    if (!data || !presorted) throw new Error(`${this.estimatorName}: call start(X, y) or fit(X, y) first`);
    const treeSeed = this.rng.nextUint32(), bootSeed = this.rng.nextUint32();
    let samples: Int32Array, weight = data.weight;
    if (this.bootstrap) {
      samples = drawBootstrap(new Rng(bootSeed), data.n, this.nBoot);
      const counts = drawCounts(samples, data.n);
      const sub = this.subsampleWeights(data, samples);
      weight = counts.map((c, i) => c * (data.weight ? data.weight[i] : 1) * (sub ? sub[i] : 1));
    } else {
      samples = Int32Array.from({ length: data.n }, (_, i) => i);
    }
    const tree = this.makeTree(treeSeed);
    tree.startPrepared({ ...data, weight }, presorted, { randomFeatureOrder: true });
    while (tree.step());
    this.estimators.push(tree);
    this.estimatorsSamples.push(samples);
    if (this.getParams().oobScore) {
      const inBag = new Uint8Array(data.n);
      for (const i of samples) inBag[i] = 1;
      const oob: number[] = [];
      for (let i = 0; i < data.n; i++) if (!inBag[i]) oob.push(i);
      this.addOutOfBag(tree, oob);
      for (const i of oob) this.oobCount[i]++;
    }
    if (this.estimators.length === this.nEstimators) {
      // the forest is complete: the training copies (d × n sorted indices, the float32 rows) are no longer needed
      this.data = this.presorted = this.rows = null;
    }
    return { index: this.estimators.length - 1, estimator: tree, samples };
  }

  /** The fitted trees so far; throws before fit. */
  protected fittedTrees(): T[] {
    if (this.estimators.length === 0) throw new Error(`${this.estimatorName} is not fitted yet: call fit(X, y) first`);
    return this.estimators;
  }

  /**
   * Mean decrease in impurity: each tree's normalised importances averaged over the trees that split at
   * least once, then normalised to sum 1 (zeros when no tree split), as scikit-learn.
   */
  get featureImportances(): number[] {
    const trees = this.fittedTrees().filter((t) => t.tree.nodeCount > 1);
    const mean = new Array<number>(this.nFeaturesIn).fill(0);
    if (trees.length === 0) return mean;
    for (const t of trees) t.featureImportances.forEach((v, f) => { mean[f] += v; });
    for (let f = 0; f < mean.length; f++) mean[f] /= trees.length;
    const total = mean.reduce((a, b) => a + b, 0);
    return mean.map((v) => v / total);
  }

  /** Each training row's mean out-of-bag prediction (rows × width); a row no tree left out gets zeros, as scikit-learn. */
  protected oobMeans(): Float64Array {
    const width = this.outputWidth();
    return this.oobSum.map((s, j) => s / Math.max(1, this.oobCount[Math.floor(j / width)]));
  }

  /** The training rows of the out-of-bag indices, as a flat float32 matrix for Tree.applyFlat. */
  protected oobRows(oob: number[]): Float32Array {
    const d = this.nFeaturesIn, rows = this.rows as Float32Array;
    const out = new Float32Array(oob.length * d);
    oob.forEach((i, k) => out.set(rows.subarray(i * d, i * d + d), k * d));
    return out;
  }
}
