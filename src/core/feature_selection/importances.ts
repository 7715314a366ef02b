/**
 * The importance of each feature in a fitted model, as scikit-learn's _get_feature_importances with
 * importance_getter = 'auto': featureImportances (trees, forests) if the model has them, else |coef| (linear
 * models; a row per class is summed by its L1 norm across classes).
 */
import type { Estimator } from '../base';

/** A model SelectFromModel and RFE can fit and read importances from. */
export type SelectableEstimator = Estimator<object, object> & { fit(X: number[][], y: number[]): unknown };

export function featureImportancesOf(model: object, who: string): number[] {
  const m = model as { featureImportances?: unknown; coef?: unknown };
  let raw: unknown;
  try {
    raw = 'featureImportances' in m && m.featureImportances !== undefined ? m.featureImportances : m.coef;
  } catch (e) {
    throw new Error(`${who}: the model has no importances to read (${(e as Error).message})`);
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new TypeError(`${who}: the model has neither featureImportances nor coef; use a tree, a forest or a linear model`);
  }
  if (Array.isArray(raw[0])) {
    const rows = raw as number[][];
    return rows[0].map((_, j) => rows.reduce((s, r) => s + Math.abs(r[j]), 0));
  }
  return (raw as number[]).map(Math.abs);
}

/** True for an estimator with an L1 penalty (Lasso, LogisticRegression with penalty 'l1'): scikit-learn then uses 1e-5 as the threshold. */
export function isL1(model: object): boolean {
  const m = model as { penalty?: unknown; estimatorName?: string; l1Ratio?: unknown };
  return m.penalty === 'l1' || m.estimatorName === 'Lasso';
}
