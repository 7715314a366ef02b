/**
 * What RandomForestClassifier and RandomForestRegressor share (scikit-learn's BaseForest, 1.2): bagged trees
 * grown one per step (so a page can train a forest a few trees per frame), out-of-bag bookkeeping and the
 * mean decrease in impurity over the trees.
 *
 * Our trees draw from our own seeded generator, so a forest is not scikit-learn's forest tree for tree; its
 * accuracy, OOB score and importances follow the same distribution over seeds (tests/unit/forest-sklearn.test.ts).
 */
import { Rng } from '../../random';
import type { TreeData } from '../tree/criterion';
import { checkSampleWeight, toFloat32Columns, toFloat32Rows } from '../tree/input';
import { checkBaseOptions, type DecisionTreeBaseOptions } from '../tree/options';
import { presort } from '../tree/presort';
import type { BaseDecisionTree } from '../tree/base-tree';
import { bootstrapSize, drawBootstrap, drawCounts } from './bootstrap';

export interface RandomForestBaseOptions extends DecisionTreeBaseOptions {
  /** Number of trees (≥ 1). Default 100. */
  nEstimators?: number;
  /** Train each tree on a bootstrap sample (true) or on all rows (false). Default true. */
  bootstrap?: boolean;
  /** Rows per bootstrap sample: null (n), a count, or a fraction in (0, 1). Default null. */
  maxSamples?: number | null;
  /** Compute the out-of-bag score (needs bootstrap). Default false. */
  oobScore?: boolean;
}

/** One tree added by step(). */
export interface ForestStep<T> {
  index: number;
  estimator: T;
  /** The rows drawn for it, with repeats (all rows, once, without bootstrap). */
  samples: Int32Array;
}

export function checkForestOptions(o: RandomForestBaseOptions): Required<Pick<RandomForestBaseOptions, 'nEstimators' | 'bootstrap' | 'maxSamples' | 'oobScore'>> {
  const r = { nEstimators: o.nEstimators ?? 100, bootstrap: o.bootstrap ?? true, maxSamples: o.maxSamples ?? null, oobScore: o.oobScore ?? false };
  if (!Number.isInteger(r.nEstimators) || r.nEstimators < 1) throw new RangeError(`nEstimators must be an integer ≥ 1 (a forest needs at least one tree), got ${String(r.nEstimators)}`);
  if (typeof r.bootstrap !== 'boolean') throw new RangeError(`bootstrap must be true or false, got ${String(r.bootstrap)}`);
  if (typeof r.oobScore !== 'boolean') throw new RangeError(`oobScore must be true or false, got ${String(r.oobScore)}`);
  const ms = r.maxSamples;
  if (ms !== null && !(typeof ms === 'number' && ((Number.isInteger(ms) && ms >= 1) || (ms > 0 && ms < 1)))) {
    throw new RangeError(`maxSamples must be an integer ≥ 1, a fraction in (0, 1) or null, got ${String(ms)}`);
  }
  if (!r.bootstrap && ms !== null) throw new RangeError('maxSamples cannot be set without bootstrap: set bootstrap to true or maxSamples to null');
  if (!r.bootstrap && r.oobScore) throw new RangeError('the out-of-bag score needs bootstrap: set bootstrap to true or oobScore to false');
  return r;
}

export abstract class BaseForest<T extends BaseDecisionTree<DecisionTreeBaseOptions>, O extends RandomForestBaseOptions> {
  protected readonly options: O;
  protected readonly forest: ReturnType<typeof checkForestOptions>;
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

  constructor(options: O) {
    checkBaseOptions(options);
    this.forest = checkForestOptions(options);
    this.options = options;
  }

  /** Checks y; returns the trees' targets and the forest-wide weights. */
  protected abstract encodeTargets(y: readonly number[], n: number, sampleWeight: Float64Array | null): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'>;
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
    return this.forest.oobScore && this.estimators.length > 0;
  }

  /** Fits all nEstimators trees. */
  fit(X: number[][], y: number[], sampleWeight?: number[] | null): this {
    this.start(X, y, sampleWeight);
    while (this.step());
    return this;
  }

  /** Prepares (X, y) for growing the forest tree by tree; the forest has no tree yet. */
  start(X: number[][], y: number[], sampleWeight?: number[] | null): this {
    const { cols, n, d } = toFloat32Columns(X);
    const weight = checkSampleWeight(sampleWeight, n);
    this.data = { cols, n, d, ...this.encodeTargets(y, n, weight) };
    this.presorted = presort(cols, n, d);
    this.rows = toFloat32Rows(X, d).data;
    this.nFeaturesIn = d;
    this.nBoot = this.forest.bootstrap ? bootstrapSize(n, this.forest.maxSamples) : n;
    this.rng = new Rng(this.options.seed ?? 0);
    this.estimators = [];
    this.estimatorsSamples = [];
    this.oobSum = new Float64Array(this.forest.oobScore ? n * this.outputWidth() : 0);
    this.oobCount = new Int32Array(this.forest.oobScore ? n : 0);
    return this;
  }

  /** Grows the next tree; null once there are nEstimators. */
  step(): ForestStep<T> | null {
    const data = this.data, presorted = this.presorted;
    if (!data || !presorted) throw new Error(`${this.constructor.name}: call start(X, y) or fit(X, y) first`);
    if (this.estimators.length >= this.forest.nEstimators) return null;
    const treeSeed = this.rng.nextUint32(), bootSeed = this.rng.nextUint32();
    let samples: Int32Array, weight = data.weight;
    if (this.forest.bootstrap) {
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
    if (this.forest.oobScore) {
      const inBag = new Uint8Array(data.n);
      for (const i of samples) inBag[i] = 1;
      const oob: number[] = [];
      for (let i = 0; i < data.n; i++) if (!inBag[i]) oob.push(i);
      this.addOutOfBag(tree, oob);
      for (const i of oob) this.oobCount[i]++;
    }
    return { index: this.estimators.length - 1, estimator: tree, samples };
  }

  /** The fitted trees so far; throws before fit. */
  protected fittedTrees(): T[] {
    if (this.estimators.length === 0) throw new Error(`${this.constructor.name} is not fitted yet: call fit(X, y) first`);
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
