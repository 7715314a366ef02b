/**
 * The bias–variance decomposition from real refits. With f̂_r the model fitted on resampled training set r (R of
 * them), f̄ = their mean and f the clean curve, averaged over the test x:
 *   bias²    = mean_x (f̄(x) − f(x))²
 *   variance = mean_x mean_r (f̂_r(x) − f̄(x))²
 *   noise    = σ²
 * and bias² + variance + noise = mean_x mean_r (f̂_r(x) − f(x))² + σ², the expected squared error on a fresh noisy
 * target. `measured` is that error measured on fresh targets y_r (one noisy draw per set), which it approaches.
 */
export interface Decomposition {
  sets: number;
  bias2: number;
  variance: number;
  noise: number;
  /** bias² + variance + noise. */
  total: number;
  /** mean_r mean_x (f̂_r(x) − y_r(x))² on fresh noisy targets. */
  measured: number;
}

export function decompose(preds: ArrayLike<number>[], clean: ArrayLike<number>, fresh: ArrayLike<number>[], sigma: number): Decomposition | null {
  const R = preds.length, m = clean.length;
  if (R === 0 || m === 0) return null;
  let bias2 = 0, variance = 0, measured = 0;
  for (let i = 0; i < m; i++) {
    let mean = 0;
    for (let r = 0; r < R; r++) mean += preds[r][i];
    mean /= R;
    bias2 += (mean - clean[i]) ** 2;
    for (let r = 0; r < R; r++) {
      variance += (preds[r][i] - mean) ** 2;
      measured += (preds[r][i] - fresh[r][i]) ** 2;
    }
  }
  bias2 /= m;
  variance /= m * R;
  measured /= m * R;
  const noise = sigma * sigma;
  return { sets: R, bias2, variance, noise, total: bias2 + variance + noise, measured };
}

/** The mean of the fitted curves, point by point. */
export function meanCurve(curves: ArrayLike<number>[], length: number): number[] {
  const out = new Array<number>(length).fill(0);
  if (!curves.length) return out;
  for (const c of curves) for (let i = 0; i < length; i++) out[i] += c[i];
  return out.map((v) => v / curves.length);
}
