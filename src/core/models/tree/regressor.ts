/**
 * A CART regression tree with scikit-learn's meaning (sklearn.tree.DecisionTreeRegressor, 1.2): splits minimise
 * the weighted variance of the children (criterion 'squaredError'); a leaf predicts its weighted mean target.
 */
import { RegressorMixin } from '../../base';
import { checkOption, checkTargets } from '../../validation';
import { BaseDecisionTree } from './base-tree';
import type { CriterionKind, RegressionCriterion, TreeData } from './criterion';
import { checkTreeParams, TREE_DEFAULTS, type DecisionTreeBaseParams } from './options';
import { weightedR2 } from './scores';

export interface DecisionTreeRegressorParams extends DecisionTreeBaseParams {
  /** 'squaredError' (the only one so far: scikit-learn also has friedman_mse, absolute_error, poisson). */
  criterion: RegressionCriterion;
}

export type DecisionTreeRegressorOptions = Partial<DecisionTreeRegressorParams>;

const DEFAULTS: DecisionTreeRegressorParams = { ...TREE_DEFAULTS, criterion: 'squaredError' };

export class DecisionTreeRegressor extends RegressorMixin(BaseDecisionTree<DecisionTreeRegressorParams>) {
  declare readonly criterion: RegressionCriterion;

  constructor(options: DecisionTreeRegressorOptions = {}) {
    super('DecisionTreeRegressor', DEFAULTS, options);
  }

  protected checkParams(p: DecisionTreeRegressorParams): DecisionTreeRegressorParams {
    checkTreeParams(p, this.estimatorName);
    checkOption('criterion', p.criterion, ['squaredError'] as const, this.estimatorName);
    return p;
  }

  protected criterionKind(): CriterionKind {
    return 'squaredError';
  }

  protected encodeTargets(y: readonly number[], sampleWeight: Float64Array | null, who: string): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'> {
    checkTargets(y, { who });
    return { yClass: null, nClasses: 1, yValue: Float64Array.from(y), weight: sampleWeight };
  }

  /** The mean target of the leaf each row ends in. */
  predict(X: number[][]): number[] {
    return this.leafValues(X, 'predict').map((v) => v[0]);
  }

  /** R² of the predictions on (X, y), optionally weighted (scikit-learn's sample_weight). */
  override score(X: number[][], y: ArrayLike<number>, sampleWeight?: number[] | null): number {
    return sampleWeight ? weightedR2(Array.from(y), this.predict(X), sampleWeight) : super.score(X, y);
  }
}
