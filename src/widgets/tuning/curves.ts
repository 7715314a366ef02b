// The validation curve (score against the first hyperparameter, the second held at the chosen value) and the
// learning curve (score against the training-set size) of the chosen model, one row of core's validationCurve /
// learningCurve per step, and the one-line diagnosis they support.
import { cloneEstimator } from '../../core/base';
import { learningCurve, meanStd, translateTrainSizes, validationCurve, type CvSplit, type CvEstimator, type Splitter } from '../../core/model_selection';

/** Training-set sizes of the learning curve, as fractions of a fold's training set (scikit-learn's default). */
export const TRAIN_SIZES = [0.1, 0.325, 0.55, 0.775, 1] as const;

export interface CurveRow {
  x: number;
  /** Fold scores so far (one fold is fitted per step, so no frame waits for k fits). */
  trainScores: number[];
  testScores: number[];
  /** Means once every fold is in; NaN before, or when a fold failed. */
  train: number;
  test: number;
  /** Why this row has no scores ('' when it has). */
  failure: string;
}

export const curveRow = (x: number): CurveRow => ({ x, trainScores: [], testScores: [], train: NaN, test: NaN, failure: '' });

/** The search's folds as a splitter (here one fold of them), so the curves use exactly the folds the candidates were scored on. */
function fixedSplits(splits: CvSplit[]): Splitter {
  return { name: 'the search’s folds', split: () => splits, getNSplits: () => splits.length };
}

/** Adds one fold's scores to a row, from `score` (one call of core's curve on that fold); the means when it is the last. */
function addFold(row: CurveRow, nFolds: number, score: () => { trainScores: number[][]; testScores: number[][] }): void {
  if (row.failure) return;
  try {
    const r = score();
    row.trainScores.push(r.trainScores[0][0]);
    row.testScores.push(r.testScores[0][0]);
    if (row.testScores.length === nFolds) {
      row.train = meanStd(row.trainScores).mean;
      row.test = meanStd(row.testScores).mean;
    }
  } catch (err) {
    row.failure = err instanceof Error ? err.message : String(err);
  }
}

/** One fold of one point of the validation curve: core's validationCurve over a one-value range on that fold. */
export function validationFold(row: CurveRow, estimator: CvEstimator, X: number[][], y: number[], splits: CvSplit[], f: number, name: string, value: unknown): void {
  addFold(row, splits.length, () => validationCurve(estimator, X, y, { paramName: name, paramRange: [value], cv: fixedSplits([splits[f]]) }));
}

/** The absolute sizes the learning curve visits (deduplicated, as scikit-learn's). */
export function learningSizes(splits: CvSplit[]): number[] {
  return translateTrainSizes(TRAIN_SIZES, splits[0].train.length);
}

/** One fold of one point of the learning curve: core's learningCurve at one size on that fold. */
export function learningFold(row: CurveRow, estimator: CvEstimator, X: number[][], y: number[], splits: CvSplit[], f: number): void {
  // scikit-learn slices train[:n] of every fold, so a fold shorter than the first one trains on all it has
  const n = Math.min(row.x, splits[f].train.length);
  // a size of 1 would be read as the fraction 1 (all of it); a fraction that floors to 0 is clipped to 1 sample
  const size = n === 1 ? 0.5 / splits[f].train.length : n;
  addFold(row, splits.length, () => learningCurve(estimator, X, y, { cv: fixedSplits([splits[f]]), trainSizes: [size] }));
}

export const withParams = (e: CvEstimator, p: Record<string, unknown>): CvEstimator => cloneEstimator(e, p as never) as CvEstimator;

