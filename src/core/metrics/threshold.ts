// Binary metrics at one decision threshold: what the evaluation widgets show as the threshold slider moves.
// Convention as rocCurve: a sample is predicted positive when its score ≥ threshold.
import { checkConsistentLength } from '../validation';

export interface BinaryCounts { tp: number; fp: number; fn: number; tn: number }

export interface ThresholdMetrics extends BinaryCounts {
  threshold: number;
  accuracy: number;
  precision: number;
  /** = sensitivity = true-positive rate. */
  recall: number;
  /** = true-negative rate. */
  specificity: number;
  fpr: number;
  f1: number;
  balancedAccuracy: number;
  mcc: number;
}

/** TP/FP/FN/TN for labels 0/1 (positive = 1, or `isPositive`) at a threshold. */
export function countsAtThreshold(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold: number, positive = 1): BinaryCounts {
  checkConsistentLength(yTrue, yScore, ['yTrue', 'yScore']);
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const p = yScore[i] >= threshold;
    if (yTrue[i] === positive) { if (p) tp++; else fn++; } else if (p) fp++; else tn++;
  }
  return { tp, fp, fn, tn };
}

const d0 = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Every derived rate from a 2×2 count table, 0/0 → 0 (scikit-learn's zero_division=0; MCC 0 as scikit-learn). */
export function metricsFromCounts(c: BinaryCounts, threshold = NaN): ThresholdMetrics {
  const { tp, fp, fn, tn } = c;
  const n = tp + fp + fn + tn;
  const precision = d0(tp, tp + fp);
  const recall = d0(tp, tp + fn);
  const specificity = d0(tn, tn + fp);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  // balanced accuracy averages the recalls of the classes present in yTrue only (scikit-learn).
  const present = (tp + fn > 0 ? 1 : 0) + (tn + fp > 0 ? 1 : 0);
  const balancedAccuracy = present === 0 ? 0 : ((tp + fn > 0 ? recall : 0) + (tn + fp > 0 ? specificity : 0)) / present;
  const den = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
  const mcc = den === 0 ? 0 : (tp * tn - fp * fn) / Math.sqrt(den);
  return {
    ...c, threshold, accuracy: d0(tp + tn, n), precision, recall, specificity, fpr: d0(fp, fp + tn), f1, balancedAccuracy, mcc,
  };
}

/** Counts and every derived rate at one threshold. */
export function metricsAtThreshold(yTrue: ArrayLike<number>, yScore: ArrayLike<number>, threshold: number, positive = 1): ThresholdMetrics {
  return metricsFromCounts(countsAtThreshold(yTrue, yScore, threshold, positive), threshold);
}
