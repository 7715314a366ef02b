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
