// Turning a pointer position on a ROC or PR plot into a decision threshold: the curve's nearest point wins, and its
// threshold (a sample is positive when score ≥ threshold) becomes the slider value, clamped to the slider's range.
import type { PrCurve, RocCurve } from '../../core/metrics';

function nearest(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number, y: number, n: number): number {
  let best = -1, bd = Infinity;
  for (let k = 0; k < n; k++) {
    const d = (xs[k] - x) ** 2 + (ys[k] - y) ** 2;
    if (d < bd) { bd = d; best = k; }
  }
  return best;
}

const clamp = (t: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, t));

/** Threshold of the ROC point (all points, not only corners) nearest to (fpr, tpr). */
export function thresholdFromRoc(roc: RocCurve, fpr: number, tpr: number, lo = 0, hi = 1): number | null {
  const k = nearest(roc.fpr, roc.tpr, fpr, tpr, roc.fpr.length);
  return k < 0 ? null : clamp(roc.thresholds[k], lo, hi);
}

/** Threshold of the PR point nearest to (recall, precision); the final (recall 0, precision 1) point has none. */
export function thresholdFromPr(pr: PrCurve, recall: number, precision: number, lo = 0, hi = 1): number | null {
  const k = nearest(pr.recall, pr.precision, recall, precision, pr.thresholds.length);
  return k < 0 ? null : clamp(pr.thresholds[k], lo, hi);
}
