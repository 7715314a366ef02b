/**
 * A CART regression tree with scikit-learn's meaning (sklearn.tree.DecisionTreeRegressor, 1.2): splits minimise
 * the weighted variance of the children (criterion 'squaredError'); a leaf predicts its weighted mean target.
 */
import { BaseDecisionTree } from './base-tree';
import type { CriterionKind, RegressionCriterion, TreeData } from './criterion';
import { checkTargets } from './input';
import type { DecisionTreeBaseOptions } from './options';
import { weightedR2 } from './scores';

export interface DecisionTreeRegressorOptions extends DecisionTreeBaseOptions {
  /** 'squaredError' (the only one so far: scikit-learn also has friedman_mse, absolute_error, poisson). */
  criterion?: RegressionCriterion;
}

export class DecisionTreeRegressor extends BaseDecisionTree<DecisionTreeRegressorOptions> {
  readonly criterion: RegressionCriterion;

  constructor(options: DecisionTreeRegressorOptions = {}) {
    super(options);
    this.criterion = options.criterion ?? 'squaredError';
    if (this.criterion !== 'squaredError') throw new RangeError(`criterion must be 'squaredError', got '${String(this.criterion)}'`);
  }

  override getParams(): Required<DecisionTreeRegressorOptions> {
    return { ...super.getParams(), criterion: this.criterion };
  }

  protected criterionKind(): CriterionKind {
    return 'squaredError';
  }

  protected encodeTargets(y: readonly number[], n: number, sampleWeight: Float64Array | null): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    checkTargets(y, n);
    return { yClass: null, nClasses: 1, yValue: Float64Array.from(y), weight: sampleWeight };
  }

  protected cloneWith(overrides: Partial<DecisionTreeRegressorOptions>): DecisionTreeRegressor {
    return new DecisionTreeRegressor({ ...this.getParams(), ...overrides });
  }

  /** The mean target of the leaf each row ends in. */
  predict(X: number[][]): number[] {
    return this.leafValues(X).map((v) => v[0]);
  }

  /** R² of the predictions on (X, y), optionally weighted. */
  score(X: number[][], y: number[], sampleWeight?: number[] | null): number {
    return weightedR2(y, this.predict(X), sampleWeight);
  }
}
