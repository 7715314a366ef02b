/**
 * Random forests with scikit-learn's meaning (sklearn.ensemble.RandomForestClassifier / Regressor, 1.2):
 * bagged CART trees, each split drawing maxFeatures features ('sqrt' by default for classification, all for
 * regression, as scikit-learn ≥ 1.1). The classifier averages the trees' probabilities (soft vote); the
 * regressor averages their predictions.
 */
import { expandClassWeight, type ClassWeight } from '../tree/class-weight';
import { argmaxFirst, combineWeights, DecisionTreeClassifier } from '../tree/classifier';
import type { ClassificationCriterion, RegressionCriterion, TreeData } from '../tree/criterion';
import type { Tree } from '../tree/tree-structure';
import { checkClassLabels, checkTargets, toFloat32Rows } from '../tree/input';
import { DecisionTreeRegressor } from '../tree/regressor';
import { weightedAccuracy, weightedR2 } from '../tree/scores';
import { balancedSubsampleWeights } from './bootstrap';
import { BaseForest, type RandomForestBaseOptions } from './forest-base';

export interface RandomForestClassifierOptions extends RandomForestBaseOptions {
  criterion?: ClassificationCriterion;
  /** 'balanced' (on all rows), 'balancedSubsample' (on each tree's bootstrap draw), per-label weights, or null. */
  classWeight?: ClassWeight | 'balancedSubsample' | null;
}

export interface RandomForestRegressorOptions extends RandomForestBaseOptions {
  criterion?: RegressionCriterion;
}

/**
 * Adds a tree's class probabilities (its leaf's class weights normalised, as DecisionTreeClassifier.predictProba)
 * for rows x[k] into out[rows[k]·K …] (rows: null for k itself).
 */
function addTreeProba(t: Tree, x: Float32Array, m: number, out: Float64Array, rows: readonly number[] | null): void {
  const K = t.nClasses, leaves = t.applyFlat(x, m);
  for (let k = 0; k < m; k++) {
    const v = t.value[leaves[k]], o = (rows ? rows[k] : k) * K;
    let s = 0;
    for (let c = 0; c < K; c++) s += v[c];
    for (let c = 0; c < K; c++) out[o + c] += s === 0 ? v[c] : v[c] / s;
  }
}

/** The options a forest hands to each of its trees (scikit-learn's estimator_params). */
function treeOptions(o: RandomForestBaseOptions, seed: number) {
  return {
    maxDepth: o.maxDepth, minSamplesSplit: o.minSamplesSplit, minSamplesLeaf: o.minSamplesLeaf,
    minWeightFractionLeaf: o.minWeightFractionLeaf, maxFeatures: o.maxFeatures, maxLeafNodes: o.maxLeafNodes,
    minImpurityDecrease: o.minImpurityDecrease, ccpAlpha: o.ccpAlpha, seed,
  };
}

export class RandomForestClassifier extends BaseForest<DecisionTreeClassifier, RandomForestClassifierOptions> {
  /** The sorted class labels: the columns of predictProba. */
  classes: number[] = [];
  private yEncoded = new Int32Array(0);

  constructor(options: RandomForestClassifierOptions = {}) {
    super({ ...options, maxFeatures: options.maxFeatures === undefined ? 'sqrt' : options.maxFeatures });
    const cw = options.classWeight;
    if (cw != null && cw !== 'balanced' && cw !== 'balancedSubsample' && typeof cw !== 'object') {
      throw new RangeError(`classWeight must be 'balanced', 'balancedSubsample', an object of weights per class, or null, got ${String(cw)}`);
    }
    this.makeTree(0); // checks criterion now rather than at the first tree
  }

  getParams(): RandomForestClassifierOptions {
    return { ...this.options, ...this.forest };
  }

  protected makeTree(seed: number): DecisionTreeClassifier {
    const tree = new DecisionTreeClassifier({ ...treeOptions(this.options, seed), criterion: this.options.criterion });
    tree.setClasses(this.classes);
    return tree;
  }

  protected encodeTargets(y: readonly number[], n: number, sampleWeight: Float64Array | null): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    checkClassLabels(y, n);
    this.classes = [...new Set(y)].sort((a, b) => a - b);
    const index = new Map(this.classes.map((c, k) => [c, k]));
    const yClass = Int32Array.from(y, (v) => index.get(v) as number);
    this.yEncoded = yClass;
    // 'balancedSubsample' without bootstrap is 'balanced' on all rows, as scikit-learn
    const cw = this.options.classWeight === 'balancedSubsample' ? (this.forest.bootstrap ? null : 'balanced') : this.options.classWeight;
    return { yClass, nClasses: this.classes.length, yValue: null, weight: combineWeights(sampleWeight, expandClassWeight(cw, this.classes, yClass)) };
  }

  protected subsampleWeights(data: TreeData, samples: Int32Array): Float64Array | null {
    if (this.options.classWeight !== 'balancedSubsample') return null;
    return balancedSubsampleWeights(data.yClass as Int32Array, this.classes, samples);
  }

  protected outputWidth(): number {
    return this.classes.length;
  }

  protected addOutOfBag(tree: DecisionTreeClassifier, oob: number[]): void {
    addTreeProba(tree.tree, this.oobRows(oob), oob.length, this.oobSum, oob);
  }

  /** Each training row's class probabilities averaged over the trees that did not see it (zeros if none); null without oobScore. */
  get oobDecisionFunction(): number[][] | null {
    if (!this.hasOutOfBag) return null;
    const K = this.classes.length, mean = this.oobMeans();
    return Array.from({ length: mean.length / K }, (_, i) => Array.from(mean.subarray(i * K, i * K + K)));
  }

  /** Out-of-bag accuracy: each row predicted by the trees that did not see it; null without oobScore. */
  get oobScore(): number | null {
    const D = this.oobDecisionFunction;
    if (!D) return null;
    let correct = 0;
    D.forEach((p, i) => { if (argmaxFirst(p) === this.yEncoded[i]) correct++; });
    return correct / D.length;
  }

  /** Class probabilities: the mean of the trees' probabilities (soft vote). */
  predictProba(X: number[][]): number[][] {
    const trees = this.fittedTrees();
    const { data, m } = toFloat32Rows(X, this.nFeaturesIn);
    const K = this.classes.length;
    const sum = new Float64Array(m * K);
    for (const est of trees) addTreeProba(est.tree, data, m, sum, null);
    return Array.from({ length: m }, (_, i) => Array.from(sum.subarray(i * K, i * K + K), (s) => s / trees.length));
  }

  /** The class with the largest mean probability (the lowest label on ties). */
  predict(X: number[][]): number[] {
    return this.predictProba(X).map((p) => this.classes[argmaxFirst(p)]);
  }

  score(X: number[][], y: number[], sampleWeight?: number[] | null): number {
    return weightedAccuracy(y, this.predict(X), sampleWeight);
  }
}

export class RandomForestRegressor extends BaseForest<DecisionTreeRegressor, RandomForestRegressorOptions> {
  private yTrain = new Float64Array(0);

  constructor(options: RandomForestRegressorOptions = {}) {
    super(options);
    this.makeTree(0);
  }

  getParams(): RandomForestRegressorOptions {
    return { ...this.options, ...this.forest };
  }

  protected makeTree(seed: number): DecisionTreeRegressor {
    return new DecisionTreeRegressor({ ...treeOptions(this.options, seed), criterion: this.options.criterion });
  }

  protected encodeTargets(y: readonly number[], n: number, sampleWeight: Float64Array | null): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    checkTargets(y, n);
    this.yTrain = Float64Array.from(y);
    return { yClass: null, nClasses: 1, yValue: this.yTrain, weight: sampleWeight };
  }

  protected subsampleWeights(): null {
    return null;
  }

  protected outputWidth(): number {
    return 1;
  }

  protected addOutOfBag(tree: DecisionTreeRegressor, oob: number[]): void {
    const t = tree.tree;
    const leaves = t.applyFlat(this.oobRows(oob), oob.length);
    oob.forEach((i, k) => { this.oobSum[i] += t.value[leaves[k]][0]; });
  }

  /** Each training row's prediction averaged over the trees that did not see it (0 if none); null without oobScore. */
  get oobPrediction(): number[] | null {
    return this.hasOutOfBag ? Array.from(this.oobMeans()) : null;
  }

  /** Out-of-bag R²; null without oobScore. */
  get oobScore(): number | null {
    const p = this.oobPrediction;
    return p ? weightedR2(Array.from(this.yTrain), p) : null;
  }

  /** The mean of the trees' predictions. */
  predict(X: number[][]): number[] {
    const trees = this.fittedTrees();
    const { data, m } = toFloat32Rows(X, this.nFeaturesIn);
    const out = new Array<number>(m).fill(0);
    for (const est of trees) {
      const t = est.tree, leaves = t.applyFlat(data, m);
      for (let i = 0; i < m; i++) out[i] += t.value[leaves[i]][0];
    }
    return out.map((v) => v / trees.length);
  }

  score(X: number[][], y: number[], sampleWeight?: number[] | null): number {
    return weightedR2(y, this.predict(X), sampleWeight);
  }
}
