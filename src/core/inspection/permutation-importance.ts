/**
 * Permutation importance, as scikit-learn's sklearn.inspection.permutation_importance: how much a fitted
 * model's score drops when one feature's column is shuffled (breaking its link with y), repeated nRepeats
 * times per feature. Unlike impurity-based importances it is measured on any data (use held-out rows) and is
 * not biased toward features with many distinct values.
 */
import { toRng } from '../random';

/** Anything with a score(X, y): accuracy for classifiers, R² for regressors. */
export interface Scorable {
  score(X: number[][], y: number[]): number;
}

export interface PermutationImportanceOptions {
  /** Shuffles per feature. Default 5. */
  nRepeats?: number;
  seed?: number;
}

export interface PermutationImportance {
  /** Mean score drop per feature. */
  importancesMean: number[];
  /** Its standard deviation over the repeats (population sd, as numpy's std). */
  importancesStd: number[];
  /** Every drop: features × repeats. */
  importances: number[][];
}

export function permutationImportance(model: Scorable, X: number[][], y: number[], options: PermutationImportanceOptions = {}): PermutationImportance {
  const steps = permutationImportanceSteps(model, X, y, options);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The same computation one feature at a time (the same draws, so the same result): each next() shuffles one more
 * column and yields the feature's drops; the return value is the whole PermutationImportance. A page can spread the
 * features over frames.
 */
export function* permutationImportanceSteps(model: Scorable, X: number[][], y: number[], options: PermutationImportanceOptions = {}): Generator<number[], PermutationImportance, void> {
  const { nRepeats = 5, seed = 0 } = options;
  if (!Number.isInteger(nRepeats) || nRepeats < 1) throw new RangeError(`nRepeats must be an integer ≥ 1, got ${nRepeats}`);
  if (!Array.isArray(X) || X.length === 0) throw new RangeError('X is empty: it needs at least one row');
  const rng = toRng(seed);
  const baseline = model.score(X, y);
  const d = X[0].length;
  const importances: number[][] = [];
  const shuffled = X.map((row) => row.slice());
  for (let f = 0; f < d; f++) {
    const drops: number[] = [];
    for (let r = 0; r < nRepeats; r++) {
      const order = rng.permutation(X.length);
      for (let i = 0; i < X.length; i++) shuffled[i][f] = X[order[i]][f];
      drops.push(baseline - model.score(shuffled, y));
    }
    for (let i = 0; i < X.length; i++) shuffled[i][f] = X[i][f];
    importances.push(drops);
    yield drops;
  }
  const importancesMean = importances.map((v) => v.reduce((a, b) => a + b, 0) / nRepeats);
  const importancesStd = importances.map((v, f) => Math.sqrt(v.reduce((a, b) => a + (b - importancesMean[f]) ** 2, 0) / nRepeats));
  return { importancesMean, importancesStd, importances };
}
