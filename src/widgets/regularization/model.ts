/**
 * The regularisation widget's model: polynomial features x, x², …, x^d of the one input, standardised on the
 * training rows (a penalty treats every coefficient alike, so the features must share a scale), then least squares,
 * Ridge, Lasso or ElasticNet from core with scikit-learn's objectives. Also the coefficient path over alpha and the
 * train/test error against degree.
 */
import { meanSquaredError } from '../../core/metrics';
import { ElasticNet, Lasso } from '../../core/models/linear/elastic-net';
import { LinearRegression, Ridge, logGrid, ridgePath } from '../../core/models/linear/least-squares';
import { enetPath, lassoPath } from '../../core/models/linear/paths';
import { PolynomialFeatures, StandardScaler } from '../../core/preprocess';

export type Penalty = 'none' | 'ridge' | 'lasso' | 'elasticnet';

export interface ModelSpec {
  degree: number;
  penalty: Penalty;
  alpha: number;
  l1Ratio: number;
}

/** A fitted pipeline: predict on raw x; coef on the standardised features (what the penalty sees). */
export interface FittedCurve {
  predict(x: ArrayLike<number>): number[];
  coef: number[];
  intercept: number;
  /** The solver's own warning (coordinate descent did not converge), or null. */
  warning: string | null;
}

/** Columns x, x², …, x^d (scikit-learn's PolynomialFeatures(degree, include_bias=False)). */
export function polynomial(x: ArrayLike<number>, degree: number): number[][] {
  const pf = new PolynomialFeatures({ degree, includeBias: false }).fit([[0]]);
  return pf.transform(Array.from(x, (v) => [v]));
}

export function fitCurve(x: ArrayLike<number>, y: number[], m: ModelSpec): FittedCurve {
  const scaler = new StandardScaler().fit(polynomial(x, m.degree));
  const Z = scaler.transform(polynomial(x, m.degree));
  const model =
    m.penalty === 'none' ? new LinearRegression()
    : m.penalty === 'ridge' ? new Ridge({ alpha: m.alpha })
    : m.penalty === 'lasso' ? new Lasso({ alpha: m.alpha })
    : new ElasticNet({ alpha: m.alpha, l1Ratio: m.l1Ratio });
  model.fit(Z, y);
  const warning = 'convergenceWarning' in model ? model.convergenceWarning : null;
  return {
    predict: (xs) => model.predict(scaler.transform(polynomial(xs, m.degree))),
    coef: model.coef.slice(),
    intercept: model.intercept,
    warning,
  };
}

export const MAX_DEGREE = 15;

export interface DegreeCurve {
  degrees: number[];
  train: number[];
  test: number[];
}

/** Train and test MSE for every degree 1…15 with this penalty and alpha. */
export function degreeCurve(xTrain: number[], yTrain: number[], xTest: number[], yTest: number[], m: ModelSpec): DegreeCurve {
  const out: DegreeCurve = { degrees: [], train: [], test: [] };
  for (let d = 1; d <= MAX_DEGREE; d++) {
    const f = fitCurve(xTrain, yTrain, { ...m, degree: d });
    out.degrees.push(d);
    out.train.push(meanSquaredError(yTrain, f.predict(xTrain)));
    out.test.push(meanSquaredError(yTest, f.predict(xTest)));
  }
  return out;
}

export interface CoefPath {
  /** Ascending alphas. */
  alphas: number[];
  /** coefs[j][k]: coefficient of x^(j+1) (standardised) at alphas[k]. */
  coefs: number[][];
  /** The smallest alpha from which up every fit of the path converged (lasso / elastic net), or null if all did. */
  convergedFrom: number | null;
}

/**
 * The smallest alpha of an L1 path. Below it the standardised powers are so collinear that coordinate descent creeps
 * (1000 sweeps at each of the smallest alphas, ~50 ms, where a slider change must redraw within a frame) and the
 * coefficients there are those of least squares anyway.
 */
export const L1_PATH_MIN = 1e-4;

/**
 * Every coefficient against alpha at this degree, over the slider's range. Ridge: one SVD for all alphas. Lasso and
 * elastic net: scikit-learn's path (largest alpha first, each fit warm-started from the last) on the centred
 * standardised features, which is what Lasso with an intercept solves.
 */
export function coefPath(x: number[], y: number[], m: ModelSpec, range: [number, number], num = 41): CoefPath | null {
  if (m.penalty === 'none') return null;
  const Z = new StandardScaler().fit(polynomial(x, m.degree)).transform(polynomial(x, m.degree));
  const grid = logGrid(range[0], range[1], num);
  const asc = m.penalty === 'ridge' ? grid : grid.filter((a) => a >= L1_PATH_MIN);
  if (m.penalty === 'ridge') return { alphas: asc, coefs: ridgePath(Z, y, { alphas: asc }).coefs, convergedFrom: null };
  const yMean = y.reduce((s, v) => s + v, 0) / y.length;
  const yc = y.map((v) => v - yMean);
  const desc = asc.slice().reverse();
  const o = { alphas: desc };
  const p = m.penalty === 'lasso' ? lassoPath(Z, yc, o) : enetPath(Z, yc, { ...o, l1Ratio: m.l1Ratio });
  // the path runs from the largest alpha down: find the first fit that stopped early
  const stop = p.converged.indexOf(false);
  return { alphas: asc, coefs: p.coefs.map((c) => c.slice().reverse()), convergedFrom: stop < 0 ? null : stop === 0 ? Infinity : desc[stop - 1] };
}
