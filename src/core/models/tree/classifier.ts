/**
 * A CART classification tree with scikit-learn's meaning (sklearn.tree.DecisionTreeClassifier, 1.2): same
 * options, same fitted tree (thresholds, impurities, node counts, values, node ids), same predictions.
 * See splitter.ts for the one place where scikit-learn itself is random (ties between features).
 */
import { BaseDecisionTree } from './base-tree';
import { expandClassWeight, type ClassWeight } from './class-weight';
import type { ClassificationCriterion, CriterionKind, TreeData } from './criterion';
import { checkClassLabels } from './input';
import type { DecisionTreeBaseOptions } from './options';
import { weightedAccuracy } from './scores';

export interface DecisionTreeClassifierOptions extends DecisionTreeBaseOptions {
  /** 'gini' (default), 'entropy' (in bits) or 'logLoss' (scikit-learn's newer name for the same criterion). */
  criterion?: ClassificationCriterion;
  /** 'balanced' (weight n / (K·n_c)), an object { label: weight }, or null (all 1). */
  classWeight?: ClassWeight | null;
}

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

export class DecisionTreeClassifier extends BaseDecisionTree<DecisionTreeClassifierOptions> {
  readonly criterion: ClassificationCriterion;
  readonly classWeight: ClassWeight | null;
  /** The sorted class labels: the columns of predictProba and of the tree's values. */
  classes: number[] = [];

  constructor(options: DecisionTreeClassifierOptions = {}) {
    super(options);
    this.criterion = options.criterion ?? 'gini';
    if (!CRITERIA.includes(this.criterion)) throw new RangeError(`criterion must be 'gini', 'entropy' or 'logLoss', got '${String(this.criterion)}'`);
    this.classWeight = options.classWeight ?? null;
    if (this.classWeight !== null && this.classWeight !== 'balanced' && typeof this.classWeight !== 'object') {
      throw new RangeError(`classWeight must be 'balanced', an object of weights per class, or null, got ${String(this.classWeight)}`);
    }
  }

  get nClasses(): number {
    return this.classes.length;
  }

  override getParams(): Required<DecisionTreeClassifierOptions> {
    return { ...super.getParams(), criterion: this.criterion, classWeight: this.classWeight };
  }

  protected criterionKind(): CriterionKind {
    return this.criterion === 'gini' ? 'gini' : 'entropy';
  }

  protected encodeTargets(y: readonly number[], n: number, sampleWeight: Float64Array | null): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    checkClassLabels(y, n);
    this.classes = [...new Set(y)].sort((a, b) => a - b);
    const index = new Map(this.classes.map((c, k) => [c, k]));
    const yClass = Int32Array.from(y, (v) => index.get(v) as number);
    return { yClass, nClasses: this.classes.length, yValue: null, weight: combineWeights(sampleWeight, expandClassWeight(this.classWeight, this.classes, yClass)) };
  }

  /** @internal used by forests, whose labels are encoded once for all trees. */
  setClasses(classes: number[]): void {
    this.classes = classes;
  }

  protected cloneWith(overrides: Partial<DecisionTreeClassifierOptions>): DecisionTreeClassifier {
    return new DecisionTreeClassifier({ ...this.getParams(), ...overrides });
  }

  /** Class probabilities: the leaf's weighted class fractions, columns in `classes` order. */
  predictProba(X: number[][]): number[][] {
    return normalizeRows(this.leafValues(X));
  }

  /** The class with the largest weight in the leaf (the lowest label on ties). */
  predict(X: number[][]): number[] {
    return this.leafValues(X).map((v) => this.classes[argmaxFirst(v)]);
  }

  /** Mean accuracy on (X, y), optionally weighted. */
  score(X: number[][], y: number[], sampleWeight?: number[] | null): number {
    return weightedAccuracy(y, this.predict(X), sampleWeight);
  }
}

/** Sample weights times class weights (either may be absent). */
export function combineWeights(a: Float64Array | null, b: Float64Array | null): Float64Array | null {
  if (!a) return b;
  if (!b) return a;
  return a.map((w, i) => w * b[i]);
}
