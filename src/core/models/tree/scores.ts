/**
 * The default scores of the tree and forest estimators, with scikit-learn's optional sample weights
 * (accuracy_score and r2_score with sample_weight; the metrics in core/metrics take no weights).
 */
import { r2Score } from '../../metrics';

function checkLengths(y: readonly number[], pred: readonly number[], sampleWeight?: readonly number[] | null): void {
  if (!Array.isArray(y) || y.length !== pred.length) {
    throw new RangeError(`X and y have different lengths (${pred.length} vs ${Array.isArray(y) ? y.length : 'y is not an array'})`);
  }
  if (sampleWeight && sampleWeight.length !== y.length) throw new RangeError(`sampleWeight has ${sampleWeight.length} entries, expected ${y.length}`);
}

/** (Weighted) share of correct predictions. */
export function weightedAccuracy(y: readonly number[], pred: readonly number[], sampleWeight?: readonly number[] | null): number {
  checkLengths(y, pred, sampleWeight);
  let ok = 0, total = 0;
  for (let i = 0; i < y.length; i++) {
    const w = sampleWeight ? sampleWeight[i] : 1;
    if (pred[i] === y[i]) ok += w;
    total += w;
  }
  return ok / total;
}

/** (Weighted) R² = 1 − Σw(y − ŷ)² / Σw(y − ȳ_w)²; unweighted it is core's r2Score. */
export function weightedR2(y: readonly number[], pred: readonly number[], sampleWeight?: readonly number[] | null): number {
  checkLengths(y, pred, sampleWeight);
  if (!sampleWeight) return r2Score(y, pred);
  let sw = 0, mean = 0;
  for (let i = 0; i < y.length; i++) { sw += sampleWeight[i]; mean += sampleWeight[i] * y[i]; }
  mean /= sw;
  let ssRes = 0, ssTot = 0;
  for (let i = 0; i < y.length; i++) {
    ssRes += sampleWeight[i] * (y[i] - pred[i]) ** 2;
    ssTot += sampleWeight[i] * (y[i] - mean) ** 2;
  }
  if (ssTot === 0) return ssRes === 0 ? 1 : 0;
  return 1 - ssRes / ssTot;
}
