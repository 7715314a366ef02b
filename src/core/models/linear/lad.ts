// Least absolute deviations for one feature: the line minimising Σ|yᵢ − (w·xᵢ + b)|, i.e. scikit-learn's
// QuantileRegressor(quantile=0.5, alpha=0) on one column (median regression). Squared error lets one far point
// drag a least-squares line; absolute error grows only in proportion, so this line barely moves (the robust loss
// the linear-regression widget sets beside least squares).
//
// Wesolowsky's direct descent (1981): an optimal line passes through two of the points. Among the lines through
// point k, the best slope is the weighted median of the slopes (yᵢ − y_k)/(xᵢ − x_k) with weights |xᵢ − x_k|
// (Σ|xᵢ − x_k|·|sᵢ − w| is a weighted absolute deviation in w); that line passes through a second point j. Moving
// to j and repeating lowers the cost until no move does: the optimum of the convex, piecewise-linear cost, in a
// few O(n log n) rounds (a golden-section search on the slope took ~25 times longer).
import { checkConsistentLength, checkNonEmpty } from '../../validation';

export interface LadResult {
  slope: number;
  intercept: number;
  /** Σ|yᵢ − ŷᵢ| at the answer. */
  loss: number;
}

const cost = (x: ArrayLike<number>, y: ArrayLike<number>, w: number, b: number) => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += Math.abs(y[i] - w * x[i] - b);
  return s;
};

/** The best line through point k: the weighted median of the slopes to the other points, and the point it runs to. */
function bestThrough(x: ArrayLike<number>, y: ArrayLike<number>, k: number): { w: number; j: number } | null {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== x[k]) idx.push(i);
  if (idx.length === 0) return null;
  const sl = new Float64Array(x.length);
  for (const i of idx) sl[i] = (y[i] - y[k]) / (x[i] - x[k]);
  idx.sort((a, b) => sl[a] - sl[b]);
  const slope = (i: number) => sl[i];
  let total = 0;
  for (const i of idx) total += Math.abs(x[i] - x[k]);
  let acc = 0;
  for (const i of idx) {
    acc += Math.abs(x[i] - x[k]);
    if (acc >= total / 2) return { w: slope(i), j: i };
  }
  const last = idx[idx.length - 1];
  return { w: slope(last), j: last };
}

export function ladLine(x: ArrayLike<number>, y: ArrayLike<number>): LadResult {
  checkNonEmpty(x, 'x', 'ladLine');
  checkConsistentLength(x, y, ['x', 'y'], 'ladLine');
  const n = x.length;
  for (let i = 0; i < n; i++) if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new RangeError(`ladLine: x and y must be finite (row ${i})`);
  // Start through the point of median x: near the middle, so the descent has little way to go.
  const k = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b])[n >> 1];
  const step = bestThrough(x, y, k);
  if (!step) {
    // all x equal: the slope is not determined; 0 with the median of y, as least squares takes 0 with the mean
    const s = Float64Array.from(y).sort();
    const b = n % 2 ? s[n >> 1] : (s[(n >> 1) - 1] + s[n >> 1]) / 2;
    return { slope: 0, intercept: b, loss: cost(x, y, 0, b) };
  }
  let w = step.w, b = y[k] - w * x[k], loss = cost(x, y, w, b);
  let j: number = step.j;
  for (let round = 0; round < 4 * n; round++) {
    const next = bestThrough(x, y, j) as { w: number; j: number };
    const nb: number = y[j] - next.w * x[j];
    const nl: number = cost(x, y, next.w, nb);
    if (!(nl < loss * (1 - 1e-15))) break;
    w = next.w;
    b = nb;
    loss = nl;
    j = next.j;
  }
  return { slope: w, intercept: b, loss };
}
