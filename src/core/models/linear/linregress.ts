// Least squares for one feature in closed form, as scipy.stats.linregress: slope = Sxy/Sxx, intercept = ȳ − slope·x̄
// with S the centred sums (two passes, so a large offset in x costs no precision). The same line as
// LinearRegression on a single column, without its SVD: a lesson that fits a line needs no matrix library (ml-matrix
// is 14.6 KB gzipped, more than a 1-D widget's whole drawing code). Where scipy refuses (all x equal), this answers
// as least squares does through the SVD: the minimum-norm slope 0, the intercept ȳ.
import { checkConsistentLength, checkNonEmpty } from '../../validation';

export interface LinregressResult {
  slope: number;
  intercept: number;
  /** Pearson's r (0 where x or y does not vary, as scipy). */
  rvalue: number;
  /** 1, or 0 when every x is the same (the slope is not determined; 0 is the minimum-norm choice). */
  rank: number;
}

export function linregress(x: ArrayLike<number>, y: ArrayLike<number>): LinregressResult {
  checkNonEmpty(x, 'x', 'linregress');
  checkConsistentLength(x, y, ['x', 'y'], 'linregress');
  const n = x.length;
  let mx = 0, my = 0, big = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) throw new RangeError(`linregress: x and y must be finite (row ${i})`);
    mx += x[i];
    my += y[i];
    big = Math.max(big, Math.abs(x[i]));
  }
  mx /= n;
  my /= n;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx, dy = y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  // Equal x that only differ by the rounding of the mean (0.1 three times) are equal: the SVD's rule, n·ε relative.
  const flat = !(sxx > n * (n * Number.EPSILON * big) ** 2);
  const slope = flat ? 0 : sxy / sxx;
  return {
    slope,
    intercept: my - slope * mx,
    rvalue: flat || syy === 0 ? 0 : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))),
    rank: flat ? 0 : 1,
  };
}
