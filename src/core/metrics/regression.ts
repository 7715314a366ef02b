// Regression metrics with scikit-learn's semantics (uniform average over a single output).
import { checkConsistentLength, checkNonEmpty } from '../validation';

/** Mean of squared errors. */
export function meanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  checkNonEmpty(yTrue, 'yTrue');
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) { const d = yTrue[i] - yPred[i]; s += d * d; }
  return s / yTrue.length;
}

/** Mean of absolute errors. */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  checkNonEmpty(yTrue, 'yTrue');
  let s = 0;
  for (let i = 0; i < yTrue.length; i++) s += Math.abs(yTrue[i] - yPred[i]);
  return s / yTrue.length;
}

/**
 * Coefficient of determination 1 − SS_res / SS_tot. A constant yTrue makes SS_tot 0: scikit-learn (force_finite)
 * then returns 1 for a perfect prediction and 0 otherwise. Fewer than two samples: undefined, throws.
 */
export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  if (yTrue.length < 2) throw new RangeError('R² score is not well-defined with less than two samples');
  let mean = 0;
  for (let i = 0; i < yTrue.length; i++) mean += yTrue[i];
  mean /= yTrue.length;
  let ssRes = 0, ssTot = 0;
  for (let i = 0; i < yTrue.length; i++) {
    ssRes += (yTrue[i] - yPred[i]) ** 2;
    ssTot += (yTrue[i] - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}

/** √MSE, in the target's own units (scikit-learn's root_mean_squared_error). */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return Math.sqrt(meanSquaredError(yTrue, yPred));
}

/**
 * 1 − Var(yTrue − yPred) / Var(yTrue), as scikit-learn's explained_variance_score: unlike R², a constant offset
 * in the predictions is not penalised. A constant yTrue makes Var(yTrue) 0: scikit-learn (force_finite) then
 * returns 1 if the errors are constant too and 0 otherwise.
 */
export function explainedVarianceScore(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  checkNonEmpty(yTrue, 'yTrue');
  const n = yTrue.length;
  let meanTrue = 0, meanErr = 0;
  for (let i = 0; i < n; i++) { meanTrue += yTrue[i]; meanErr += yTrue[i] - yPred[i]; }
  meanTrue /= n;
  meanErr /= n;
  let varTrue = 0, varErr = 0;
  for (let i = 0; i < n; i++) {
    varTrue += (yTrue[i] - meanTrue) ** 2;
    varErr += (yTrue[i] - yPred[i] - meanErr) ** 2;
  }
  if (varTrue === 0) return varErr === 0 ? 1 : 0;
  return 1 - varErr / varTrue;
}
