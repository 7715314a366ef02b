// The shared engine of ROC and precision-recall curves: cumulative false/true positives at each distinct score,
// scikit-learn's _binary_clf_curve, made fast for 10^6 scores: positives' and negatives' scores are sorted
// separately as Float64Arrays (radix sort, no comparator, no index array) and merged from the top.
import { checkConsistentLength, checkNonEmpty } from '../validation';
import { uniqueLabels, type Label } from './labels';
import { sortFloat64 } from './sort';

export interface ClfCurve {
  /** False positives with score ≥ thresholds[k]. */
  fps: Float64Array;
  /** True positives with score ≥ thresholds[k]. */
  tps: Float64Array;
  /** Distinct scores, decreasing. */
  thresholds: Float64Array;
}

/**
 * The positive label as scikit-learn picks it (_check_pos_label_consistency): given explicitly, or 1 when the
 * labels are a subset of {0, 1} or {-1, 1}; otherwise an error. Also rejects more than two classes without posLabel.
 */
export function resolvePosLabel(yTrue: ArrayLike<Label>, posLabel: Label | undefined): Label {
  const classes = uniqueLabels(yTrue);
  if (posLabel !== undefined) return posLabel;
  if (classes.length > 2) throw new RangeError('yTrue has more than two classes (multiclass format is not supported); pass posLabel');
  const ok = [[0, 1], [-1, 1], [0], [-1], [1]].some((c) => c.length === classes.length && c.every((v, i) => v === classes[i]));
  if (!ok) {
    throw new RangeError(
      `yTrue takes values in {${classes.join(', ')}} and posLabel is not specified: either make yTrue take values in {0, 1} or {-1, 1} or pass posLabel explicitly.`,
    );
  }
  return 1;
}

/** Split scores by class into two ascending Float64Arrays. Scores must be finite (scikit-learn's assert_all_finite). */
export function splitSorted(isPos: (i: number) => boolean, yScore: ArrayLike<number>): { pos: Float64Array; neg: Float64Array } {
  const n = yScore.length;
  const mask = new Uint8Array(n);
  let nPos = 0;
  for (let i = 0; i < n; i++) {
    const s = yScore[i];
    if (typeof s !== 'number' || !Number.isFinite(s)) throw new RangeError(`yScore contains a non-finite value (${String(s)}) at index ${i}`);
    if (isPos(i)) { mask[i] = 1; nPos++; }
  }
  const pos = new Float64Array(nPos), neg = new Float64Array(n - nPos);
  let a = 0, b = 0;
  for (let i = 0; i < n; i++) {
    if (mask[i]) pos[a++] = yScore[i]; else neg[b++] = yScore[i];
  }
  sortFloat64(pos);
  sortFloat64(neg);
  return { pos, neg };
}

/** Merge two ascending score arrays from the top: one point per distinct score, counts cumulated. */
export function mergeCurve(pos: Float64Array, neg: Float64Array): ClfCurve {
  const cap = pos.length + neg.length;
  const fps = new Float64Array(cap), tps = new Float64Array(cap), thr = new Float64Array(cap);
  let i = pos.length - 1, j = neg.length - 1, k = 0, tp = 0, fp = 0;
  while (i >= 0 || j >= 0) {
    const t = i < 0 ? neg[j] : j < 0 ? pos[i] : pos[i] > neg[j] ? pos[i] : neg[j];
    while (i >= 0 && pos[i] === t) { tp++; i--; }
    while (j >= 0 && neg[j] === t) { fp++; j--; }
    fps[k] = fp; tps[k] = tp; thr[k] = t; k++;
  }
  return { fps: fps.subarray(0, k), tps: tps.subarray(0, k), thresholds: thr.subarray(0, k) };
}

/** scikit-learn's _binary_clf_curve for labels yTrue (any two classes, positive = posLabel) and scores yScore. */
export function binaryClfCurve(yTrue: ArrayLike<Label>, yScore: ArrayLike<number>, posLabel?: Label): ClfCurve {
  checkConsistentLength(yTrue, yScore, ['yTrue', 'yScore']);
  checkNonEmpty(yTrue, 'yTrue');
  const pos = resolvePosLabel(yTrue, posLabel);
  const sorted = splitSorted((i) => yTrue[i] === pos, yScore);
  return mergeCurve(sorted.pos, sorted.neg);
}

/**
 * ROC AUC straight from the two ascending score arrays: the merge of mergeCurve without storing the curve.
 * Each distinct score adds a trapezoid (Δfp · (tp + tp₀)); integer sums stay exact below 2⁵³.
 */
export function sortedAuc(pos: Float64Array, neg: Float64Array): number {
  let i = pos.length - 1, j = neg.length - 1, tp = 0, fp = 0, area2 = 0;
  while (i >= 0 || j >= 0) {
    const t = i < 0 ? neg[j] : j < 0 ? pos[i] : pos[i] > neg[j] ? pos[i] : neg[j];
    const tp0 = tp, fp0 = fp;
    while (i >= 0 && pos[i] === t) { tp++; i--; }
    while (j >= 0 && neg[j] === t) { fp++; j--; }
    area2 += (fp - fp0) * (tp + tp0);
  }
  return area2 / 2 / (fp * tp);
}
