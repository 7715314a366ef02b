/**
 * A CART classification tree with scikit-learn's meaning (sklearn.tree.DecisionTreeClassifier, 1.2): same
 * options, same fitted tree (thresholds, impurities, node counts, values, node ids), same predictions.
 * See splitter.ts for the one place where scikit-learn itself is random (ties between features).
 */
import { ClassifierMixin } from '../../base';
import { checkOption, checkTargets } from '../../validation';
import { BaseDecisionTree } from './base-tree';
import { checkClassWeight, expandClassWeight, type ClassWeight } from '../../utils/class-weight';
import type { ClassificationCriterion, CriterionKind, TreeData } from './criterion';
import { checkTreeParams, TREE_DEFAULTS, type DecisionTreeBaseParams } from './options';
import { weightedAccuracy } from './scores';

// Forests import it from here (it lives beside the weights so that SVC can use it without the tree).
export { checkClassWeight } from '../../utils/class-weight';

export interface DecisionTreeClassifierParams extends DecisionTreeBaseParams {
  /** 'gini' (default), 'entropy' (in bits) or 'logLoss' (scikit-learn's newer name for the same criterion). */
  criterion: ClassificationCriterion;
  /** 'balanced' (weight n / (K·n_c)), an object { label: weight }, or null (all 1). */
  classWeight: ClassWeight | null;
}

export type DecisionTreeClassifierOptions = Partial<DecisionTreeClassifierParams>;

const DEFAULTS: DecisionTreeClassifierParams = { ...TREE_DEFAULTS, criterion: 'gini', classWeight: null };
const CRITERIA: ClassificationCriterion[] = ['gini', 'entropy', 'logLoss'];

/** Index of the largest entry of a row; the first on ties (numpy's argmax). */
export function argmaxFirst(row: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < row.length; k++) if (row[k] > row[best]) best = k;
  return best;
}

/** Rows of class weights as probabilities (a row summing to 0 is left as is, as scikit-learn). */
export function normalizeRows(values: number[][]): number[][] {
  return values.map((v) => {
    let s = 0;
    for (const x of v) s += x;
    return s === 0 ? v.slice() : v.map((x) => x / s);
  });
}

export class DecisionTreeClassifier extends ClassifierMixin(BaseDecisionTree<DecisionTreeClassifierParams>) {
  declare readonly criterion: ClassificationCriterion;
  declare readonly classWeight: ClassWeight | null;
  /** The sorted class labels: the columns of predictProba and of the tree's values. */
  classes: number[] = [];

  constructor(options: DecisionTreeClassifierOptions = {}) {
    super('DecisionTreeClassifier', DEFAULTS, options);
  }

  protected checkParams(p: DecisionTreeClassifierParams): DecisionTreeClassifierParams {
    const who = this.estimatorName;
    checkTreeParams(p, who);
    checkOption('criterion', p.criterion, CRITERIA, who);
    checkClassWeight(p.classWeight, who);
    return p;
  }

  get nClasses(): number {
    return this.classes.length;
  }

  protected criterionKind(): CriterionKind {
    return this.criterion === 'gini' ? 'gini' : 'entropy';
  }

  protected encodeTargets(y: readonly number[], sampleWeight: Float64Array | null, who: string): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    this.classes = checkTargets(y, { who, kind: 'classes' });
    const index = new Map(this.classes.map((c, k) => [c, k]));
    const yClass = Int32Array.from(y, (v) => index.get(v) as number);
    return { yClass, nClasses: this.classes.length, yValue: null, weight: combineWeights(sampleWeight, expandClassWeight(this.classWeight, this.classes, yClass)) };
  }

  /** @internal used by forests, whose labels are encoded once for all trees. */
  setClasses(classes: number[]): void {
    this.classes = classes;
  }

  /** Class probabilities: the leaf's weighted class fractions, columns in `classes` order. */
  predictProba(X: number[][]): number[][] {
    return normalizeRows(this.leafValues(X, 'predictProba'));
  }

  /** The class with the largest weight in the leaf (the lowest label on ties). */
  predict(X: number[][]): number[] {
    return this.leafValues(X, 'predict').map((v) => this.classes[argmaxFirst(v)]);
  }

  /** Mean accuracy on (X, y), optionally weighted (scikit-learn's sample_weight). */
  override score(X: number[][], y: ArrayLike<number>, sampleWeight?: number[] | null): number {
    return sampleWeight ? weightedAccuracy(Array.from(y), this.predict(X), sampleWeight) : super.score(X, y);
  }
}

/** Sample weights times class weights (either may be absent). */
export function combineWeights(a: Float64Array | null, b: Float64Array | null): Float64Array | null {
  if (!a) return b;
  if (!b) return a;
  return a.map((w, i) => w * b[i]);
}

