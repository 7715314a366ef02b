/**
 * Random forests with scikit-learn's meaning (sklearn.ensemble.RandomForestClassifier / Regressor, 1.2):
 * bagged CART trees, each split drawing maxFeatures features ('sqrt' by default for classification, all for
 * regression, as scikit-learn ≥ 1.1). The classifier averages the trees' probabilities (soft vote); the
 * regressor averages their predictions.
 */
import { ClassifierMixin, RegressorMixin } from '../../base';
import { checkOption, checkTargets } from '../../validation';
import { expandClassWeight, type ClassWeight } from '../../utils/class-weight';
import { argmaxFirst, checkClassWeight, combineWeights, DecisionTreeClassifier } from '../tree/classifier';
import type { ClassificationCriterion, RegressionCriterion, TreeData } from '../tree/criterion';
import { toFloat32Rows } from '../tree/input';
import type { DecisionTreeBaseParams } from '../tree/options';
import { DecisionTreeRegressor } from '../tree/regressor';
import { weightedAccuracy, weightedR2 } from '../tree/scores';
import type { Tree } from '../tree/tree-structure';
import { balancedSubsampleWeights } from './bootstrap';
import { BaseForest, checkForestParams, FOREST_DEFAULTS, type RandomForestBaseParams } from './forest-base';

export interface RandomForestClassifierParams extends RandomForestBaseParams {
  criterion: ClassificationCriterion;
  /** 'balanced' (on all rows), 'balancedSubsample' (on each tree's bootstrap draw), per-label weights, or null. */
  classWeight: ClassWeight | 'balancedSubsample' | null;
}

export interface RandomForestRegressorParams extends RandomForestBaseParams {
  criterion: RegressionCriterion;
}

export type RandomForestClassifierOptions = Partial<RandomForestClassifierParams>;
export type RandomForestRegressorOptions = Partial<RandomForestRegressorParams>;

// maxFeatures: 'sqrt' for classification, all features for regression, as scikit-learn ≥ 1.1
const CLASSIFIER_DEFAULTS: RandomForestClassifierParams = { ...FOREST_DEFAULTS, maxFeatures: 'sqrt', criterion: 'gini', classWeight: null };
const REGRESSOR_DEFAULTS: RandomForestRegressorParams = { ...FOREST_DEFAULTS, criterion: 'squaredError' };

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
function treeOptions(o: DecisionTreeBaseParams, seed: number): DecisionTreeBaseParams {
  return {
    maxDepth: o.maxDepth, minSamplesSplit: o.minSamplesSplit, minSamplesLeaf: o.minSamplesLeaf,
    minWeightFractionLeaf: o.minWeightFractionLeaf, maxFeatures: o.maxFeatures, maxLeafNodes: o.maxLeafNodes,
    minImpurityDecrease: o.minImpurityDecrease, ccpAlpha: o.ccpAlpha, seed,
  };
}

export class RandomForestClassifier extends ClassifierMixin(BaseForest<DecisionTreeClassifier, RandomForestClassifierParams>) {
  declare readonly criterion: ClassificationCriterion;
  declare readonly classWeight: ClassWeight | 'balancedSubsample' | null;
  /** The sorted class labels: the columns of predictProba. */
  classes: number[] = [];
  private yEncoded = new Int32Array(0);

  constructor(options: RandomForestClassifierOptions = {}) {
    super('RandomForestClassifier', CLASSIFIER_DEFAULTS, options);
  }

  protected checkParams(p: RandomForestClassifierParams): RandomForestClassifierParams {
    checkForestParams(p, this.estimatorName);
    checkOption('criterion', p.criterion, ['gini', 'entropy', 'logLoss'] as const, this.estimatorName);
    checkClassWeight(p.classWeight, this.estimatorName, ['balanced', 'balancedSubsample']);
    return p;
  }

  protected makeTree(seed: number): DecisionTreeClassifier {
    const tree = new DecisionTreeClassifier({ ...treeOptions(this.getParams(), seed), criterion: this.criterion });
    tree.setClasses(this.classes);
    return tree;
  }

  protected encodeTargets(y: readonly number[], sampleWeight: Float64Array | null, who: string): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    this.classes = checkTargets(y, { who, kind: 'classes' });
    const index = new Map(this.classes.map((c, k) => [c, k]));
    const yClass = Int32Array.from(y, (v) => index.get(v) as number);
    this.yEncoded = yClass;
    // 'balancedSubsample' without bootstrap is 'balanced' on all rows, as scikit-learn
    const cw = this.classWeight === 'balancedSubsample' ? (this.bootstrap ? null : 'balanced') : this.classWeight;
    return { yClass, nClasses: this.classes.length, yValue: null, weight: combineWeights(sampleWeight, expandClassWeight(cw, this.classes, yClass)) };
  }

  protected subsampleWeights(data: TreeData, samples: Int32Array): Float64Array | null {
    if (this.classWeight !== 'balancedSubsample') return null;
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
    return this.meanProba(X, 'predictProba')[0];
  }

  /** The mean probabilities of the first t trees, for t = nTrees only, or for every t (staged). */
  private meanProba(X: number[][], what: string, staged = false): number[][][] {
    const trees = this.fittedTrees();
    const { data, m } = toFloat32Rows(X, this.nFeaturesIn, `${this.estimatorName}.${what}`);
    const K = this.classes.length;
    const sum = new Float64Array(m * K);
    const out: number[][][] = [];
    trees.forEach((est, t) => {
      addTreeProba(est.tree, data, m, sum, null);
      if (staged || t === trees.length - 1) {
        out.push(Array.from({ length: m }, (_, i) => Array.from(sum.subarray(i * K, i * K + K), (s) => s / (t + 1))));
      }
    });
    return out;
  }

  /** The class with the largest mean probability (the lowest label on ties). */
  predict(X: number[][]): number[] {
    return this.meanProba(X, 'predict')[0].map((p) => this.classes[argmaxFirst(p)]);
  }

  /**
   * The predictions of the first 1, 2, …, nTrees trees: `stagedPredict(X)[t - 1]` is what a forest of the first t
   * trees predicts (a curve of accuracy against the number of trees without refitting).
   */
  stagedPredict(X: number[][]): number[][] {
    return this.meanProba(X, 'stagedPredict', true).map((P) => P.map((p) => this.classes[argmaxFirst(p)]));
  }

  /** Mean accuracy on (X, y), optionally weighted (scikit-learn's sample_weight). */
  override score(X: number[][], y: ArrayLike<number>, sampleWeight?: number[] | null): number {
    return sampleWeight ? weightedAccuracy(Array.from(y), this.predict(X), sampleWeight) : super.score(X, y);
  }
}

export class RandomForestRegressor extends RegressorMixin(BaseForest<DecisionTreeRegressor, RandomForestRegressorParams>) {
  declare readonly criterion: RegressionCriterion;
  private yTrain = new Float64Array(0);

  constructor(options: RandomForestRegressorOptions = {}) {
    super('RandomForestRegressor', REGRESSOR_DEFAULTS, options);
  }

  protected checkParams(p: RandomForestRegressorParams): RandomForestRegressorParams {
    checkForestParams(p, this.estimatorName);
    checkOption('criterion', p.criterion, ['squaredError'] as const, this.estimatorName);
    return p;
  }

  protected makeTree(seed: number): DecisionTreeRegressor {
    return new DecisionTreeRegressor({ ...treeOptions(this.getParams(), seed), criterion: this.criterion });
  }

  protected encodeTargets(y: readonly number[], sampleWeight: Float64Array | null, who: string): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    checkTargets(y, { who });
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
    return this.meanPrediction(X, 'predict')[0];
  }

  /** The predictions of the first 1, 2, …, nTrees trees (see RandomForestClassifier.stagedPredict). */
  stagedPredict(X: number[][]): number[][] {
    return this.meanPrediction(X, 'stagedPredict', true);
  }

  private meanPrediction(X: number[][], what: string, staged = false): number[][] {
    const trees = this.fittedTrees();
    const { data, m } = toFloat32Rows(X, this.nFeaturesIn, `${this.estimatorName}.${what}`);
    const sum = new Float64Array(m);
    const out: number[][] = [];
    trees.forEach((est, k) => {
      const t = est.tree, leaves = t.applyFlat(data, m);
      for (let i = 0; i < m; i++) sum[i] += t.value[leaves[i]][0];
      if (staged || k === trees.length - 1) out.push(Array.from(sum, (s) => s / (k + 1)));
    });
    return out;
  }

  /** R² on (X, y), optionally weighted (scikit-learn's sample_weight). */
  override score(X: number[][], y: ArrayLike<number>, sampleWeight?: number[] | null): number {
    return sampleWeight ? weightedR2(Array.from(y), this.predict(X), sampleWeight) : super.score(X, y);
  }
}
