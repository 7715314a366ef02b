/**
 * The regression sibling of the classifier sources: any regressor, given as a function that builds and fits it,
 * fitted on a data set of the table and scored on held-out rows; and the numbers RegressionPanel shows (R², RMSE,
 * MAE, explained variance from core's metrics, and the residuals against the predictions).
 */
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { explainedVarianceScore, meanAbsoluteError, r2Score, rootMeanSquaredError } from '../../core/metrics';
import type { HeldOut } from './sources';

/** A fitted regressor: core's LinearRegression, Ridge, trees and forests fit this shape as they are. */
export interface FittedRegressor {
  predict(X: number[][]): number[];
}

/** Builds a regressor and fits it on (X, y). */
export type FitRegressor = (X: number[][], y: number[]) => FittedRegressor;

/** Held-out targets and the model's predictions for them. */
export interface RegressionScores {
  yTrue: number[];
  yPred: number[];
}

export interface RegressionSummary {
  n: number;
  r2: number;
  rmse: number;
  mae: number;
  explainedVariance: number;
}

/** Fits on the training rows and predicts the held-out ones. */
export function evaluateRegressor(fit: FitRegressor, split: HeldOut): RegressionScores & { model: FittedRegressor } {
  const model = fit(split.XTrain, split.yTrain);
  return { yTrue: split.yTest, yPred: split.XTest.length ? model.predict(split.XTest) : [], model };
}

/**
 * The panel's numbers. NaN (shown as "—") where a number is undefined: no rows, non-finite predictions (a
 * diverged model), or R² and explained variance with fewer than two rows.
 */
export function regressionSummary(s: RegressionScores): RegressionSummary {
  const n = s.yTrue.length;
  const ok = n > 0 && s.yPred.length === n && s.yPred.every(Number.isFinite) && s.yTrue.every(Number.isFinite);
  if (!ok) return { n, r2: NaN, rmse: NaN, mae: NaN, explainedVariance: NaN };
  return {
    n,
    r2: n >= 2 ? r2Score(s.yTrue, s.yPred) : NaN,
    rmse: rootMeanSquaredError(s.yTrue, s.yPred),
    mae: meanAbsoluteError(s.yTrue, s.yPred),
    explainedVariance: n >= 2 ? explainedVarianceScore(s.yTrue, s.yPred) : NaN,
  };
}

/** One point per held-out row: the prediction across, the residual y − ŷ up (finite rows only). */
export function residualPoints(s: RegressionScores): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < s.yTrue.length; i++) {
    const r = s.yTrue[i] - s.yPred[i];
    if (Number.isFinite(r) && Number.isFinite(s.yPred[i])) out.push({ x: s.yPred[i], y: r });
  }
  return out;
}

/** Any regressor on a regression data set of the table, fitted on (1 − testSize) and scored on the rest (default 30 %). */
export function regressionRun(
  o: { dataset: string; n: number; noise: number; seed: number; testSize?: number },
  fit: FitRegressor,
): RegressionScores & { split: HeldOut } {
  const spec = datasetNamed(o.dataset);
  if (!spec || spec.kind !== 'regression') throw new RangeError(`the data set “${o.dataset}” is not a regression problem`);
  const d = buildDataset(o.dataset, { n: o.n, noise: noiseAt(spec, o.noise), seed: o.seed });
  const split = trainTestSplit(d.X, d.y, { testSize: o.testSize ?? 0.3, seed: o.seed });
  const r = evaluateRegressor(fit, split);
  return { yTrue: r.yTrue, yPred: r.yPred, split };
}
