// What cross-validation fits and how it scores a fitted model: any core estimator (cloned per fold) and a scorer.
import { cloneEstimator, isClassifier, type Estimator } from '../base';
import { accuracyScore, balancedAccuracyScore, f1Score, meanAbsoluteError, meanSquaredError, r2Score } from '../metrics';

/** An estimator that cross-validation can clone, fit and score. */
export type CvEstimator = Estimator<object, object> & {
  fit(X: number[][], y: number[]): unknown;
  predict(X: number[][]): number[];
  score?(X: number[][], y: number[]): number;
};

/** scikit-learn's scoring names (greater is better: errors are negated), or a function of a fitted model. */
export type ScoringName = 'accuracy' | 'balanced_accuracy' | 'f1' | 'r2' | 'neg_mean_squared_error' | 'neg_mean_absolute_error';
export type Scorer = (estimator: CvEstimator, X: number[][], y: number[]) => number;
export type Scoring = ScoringName | Scorer;

const METRICS: Record<ScoringName, (yTrue: number[], yPred: number[]) => number> = {
  accuracy: accuracyScore,
  balanced_accuracy: balancedAccuracyScore,
  f1: (t, p) => f1Score(t, p),
  r2: r2Score,
  neg_mean_squared_error: (t, p) => -meanSquaredError(t, p),
  neg_mean_absolute_error: (t, p) => -meanAbsoluteError(t, p),
};

/** The scorer for `scoring`; undefined means the estimator's own score (accuracy or R²). */
export function getScorer(scoring: Scoring | undefined): Scorer {
  if (typeof scoring === 'function') return scoring;
  if (scoring === undefined) {
    return (e, X, y) => {
      if (typeof e.score !== 'function') throw new TypeError(`${e.estimatorName} has no score(); pass a scoring`);
      return e.score(X, y);
    };
  }
  const metric = METRICS[scoring];
  if (!metric) throw new RangeError(`unknown scoring '${String(scoring)}'; use one of ${Object.keys(METRICS).join(', ')} or a function`);
  return (e, X, y) => metric(y, e.predict(X));
}

export const take = <T>(rows: ArrayLike<T>, idx: number[]): T[] => idx.map((i) => rows[i]);

export interface FoldResult {
  testScore: number;
  trainScore: number;
  fitTime: number;
  scoreTime: number;
  estimator: CvEstimator;
}

const now = () => performance.now();

/**
 * Clones `estimator` with `params`, fits it on the train rows and scores it on the test rows (and on the train rows
 * when asked). A fit that throws or a score that is not a number becomes an error that names the fold (and the
 * candidate, via `what`) and why.
 */
export function fitAndScore(
  estimator: CvEstimator, X: number[][], y: number[], split: { train: number[]; test: number[] }, scorer: Scorer,
  o: { params?: object; trainScore?: boolean; what: string },
): FoldResult {
  const e = cloneEstimator(estimator, (o.params ?? {}) as never) as CvEstimator;
  const Xt = take(X, split.train), yt = take(y, split.train);
  const t0 = now();
  try {
    e.fit(Xt, yt);
  } catch (err) {
    throw new Error(`${o.what}: fitting ${e.estimatorName} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const t1 = now();
  const testScore = scorer(e, take(X, split.test), take(y, split.test));
  const t2 = now();
  if (!Number.isFinite(testScore)) {
    throw new Error(`${o.what}: the test score is ${testScore} (the model's predictions or the scoring are not finite on these ${split.test.length} samples)`);
  }
  const trainScore = o.trainScore ? scorer(e, Xt, yt) : NaN;
  return { testScore, trainScore, fitTime: (t1 - t0) / 1000, scoreTime: (t2 - t1) / 1000, estimator: e };
}

export { isClassifier };

/** Mean and population standard deviation (numpy's mean and std, ddof = 0). */
export function meanStd(v: number[]): { mean: number; std: number } {
  let s = 0;
  for (const x of v) s += x;
  const mean = s / v.length;
  let q = 0;
  for (const x of v) q += (x - mean) * (x - mean);
  return { mean, std: Math.sqrt(q / v.length) };
}
