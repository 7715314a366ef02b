/**
 * Cross-validated scores (sklearn.model_selection's cross_val_score, cross_validate, validation_curve and
 * learning_curve) of any core estimator: one clone per fold (cloneEstimator), fitted on the fold's train rows.
 * With a deterministic estimator and unshuffled folds the scores are exactly scikit-learn's.
 */
import { checkCv, type CvOption } from './splitters';
import { fitAndScore, getScorer, isClassifier, type CvEstimator, type Scoring } from './scoring';

export interface CvOptions {
  /** A fold count (StratifiedKFold for a classifier, KFold otherwise; default 5) or a splitter. */
  cv?: CvOption;
  /** Default: the estimator's score (accuracy for a classifier, R² for a regressor). */
  scoring?: Scoring;
  /** Group labels for GroupKFold. */
  groups?: ArrayLike<number | string>;
}

function checkData(who: string, X: number[][], y: ArrayLike<number>): number[] {
  if (!Array.isArray(X) || X.length === 0) throw new RangeError(`${who}: X must be a non-empty array of rows`);
  if (y.length !== X.length) throw new RangeError(`${who}: X has ${X.length} samples but y has ${y.length}`);
  return Array.from(y);
}

function splits(who: string, estimator: CvEstimator, X: number[][], y: number[], o: CvOptions) {
  const cv = checkCv(o.cv, isClassifier(estimator));
  try {
    return cv.split(X, y, o.groups ?? null);
  } catch (err) {
    throw new Error(`${who}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The test score of each fold (cross_val_score). */
export function crossValScore(estimator: CvEstimator, X: number[][], y: ArrayLike<number>, o: CvOptions = {}): number[] {
  return crossValidate(estimator, X, y, o).testScore;
}

export interface CrossValidateResult {
  testScore: number[];
  /** Only with returnTrainScore. */
  trainScore?: number[];
  /** Seconds per fold. */
  fitTime: number[];
  scoreTime: number[];
  /** Only with returnEstimator: the fitted clone of each fold. */
  estimators?: CvEstimator[];
}

/** Test (and train) scores, fit and score times of each fold (cross_validate). */
export function crossValidate(
  estimator: CvEstimator, X: number[][], y: ArrayLike<number>,
  o: CvOptions & { returnTrainScore?: boolean; returnEstimator?: boolean } = {},
): CrossValidateResult {
  const yy = checkData('crossValidate', X, y);
  const scorer = getScorer(o.scoring);
  const folds = splits('crossValidate', estimator, X, yy, o).map((s, f) =>
    fitAndScore(estimator, X, yy, s, scorer, { trainScore: o.returnTrainScore, what: `fold ${f + 1}` }),
  );
  const out: CrossValidateResult = {
    testScore: folds.map((r) => r.testScore),
    fitTime: folds.map((r) => r.fitTime),
    scoreTime: folds.map((r) => r.scoreTime),
  };
  if (o.returnTrainScore) out.trainScore = folds.map((r) => r.trainScore);
  if (o.returnEstimator) out.estimators = folds.map((r) => r.estimator);
  return out;
}

export interface CurveScores {
  /** [setting][fold] */
  trainScores: number[][];
  testScores: number[][];
}

/** Train and test scores of each fold for each value of one parameter (validation_curve). */
export function validationCurve(
  estimator: CvEstimator, X: number[][], y: ArrayLike<number>,
  o: CvOptions & { paramName: string; paramRange: readonly unknown[] },
): CurveScores {
  const yy = checkData('validationCurve', X, y);
  if (!o.paramRange?.length) throw new RangeError('validationCurve: paramRange is empty');
  const scorer = getScorer(o.scoring);
  const sp = splits('validationCurve', estimator, X, yy, o);
  const rows = o.paramRange.map((v) =>
    sp.map((s, f) => fitAndScore(estimator, X, yy, s, scorer, { params: { [o.paramName]: v }, trainScore: true, what: `${o.paramName}=${String(v)}, fold ${f + 1}` })),
  );
  return { trainScores: rows.map((r) => r.map((x) => x.trainScore)), testScores: rows.map((r) => r.map((x) => x.testScore)) };
}

/**
 * Training-set sizes as scikit-learn's _translate_train_sizes: fractions in (0, 1] of the largest training set
 * (floored), or counts in [1, nMax]; repeated sizes are dropped.
 */
export function translateTrainSizes(sizes: readonly number[], nMax: number): number[] {
  if (!sizes.length) throw new RangeError('learningCurve: trainSizes is empty');
  const fractions = sizes.every((s) => s <= 1);
  const abs = sizes.map((s) => {
    if (fractions) {
      if (!(s > 0)) throw new RangeError(`learningCurve: train size fractions must be in (0, 1]; got ${s}`);
      return Math.max(1, Math.floor(s * nMax)); // scikit-learn clips to at least one sample
    }
    if (!Number.isInteger(s) || s < 1 || s > nMax) {
      throw new RangeError(`learningCurve: train sizes must be fractions in (0, 1] or counts in [1, ${nMax}]; got ${s}`);
    }
    return s;
  });
  return [...new Set(abs)].sort((a, b) => a - b);
}

/**
 * Train and test scores against the training-set size (learning_curve): each fold trains on the first n of its
 * training indices (in split order), as scikit-learn does without shuffle.
 */
export function learningCurve(
  estimator: CvEstimator, X: number[][], y: ArrayLike<number>,
  o: CvOptions & { trainSizes?: readonly number[] } = {},
): CurveScores & { trainSizesAbs: number[] } {
  const yy = checkData('learningCurve', X, y);
  const scorer = getScorer(o.scoring);
  const sp = splits('learningCurve', estimator, X, yy, o);
  const nMax = sp[0].train.length;
  const sizes = translateTrainSizes(o.trainSizes ?? [0.1, 0.325, 0.55, 0.775, 1], nMax);
  const rows = sizes.map((m) =>
    sp.map((s, f) => fitAndScore(estimator, X, yy, { train: s.train.slice(0, m), test: s.test }, scorer, { trainScore: true, what: `${m} training samples, fold ${f + 1}` })),
  );
  return { trainSizesAbs: sizes, trainScores: rows.map((r) => r.map((x) => x.trainScore)), testScores: rows.map((r) => r.map((x) => x.testScore)) };
}
