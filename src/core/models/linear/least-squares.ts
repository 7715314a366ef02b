// LinearRegression, ridgePath, and Ridge on wide X or at α = 0, through the singular value decomposition of the
// centred X, never the normal equations (which square the condition number); Ridge with α > 0 on tall X takes
// scikit-learn's default Cholesky route instead (ridgeCholesky below). The SVD is core's one-sided Jacobi
// (utils/svd.ts). With X = U·diag(s)·Vᵀ:
//   least squares:  w = V·diag(1/s)·Uᵀy over the singular values above rcond·s_max (the others count as 0): the
//                   minimum-norm solution, as scikit-learn's scipy lstsq, so collinear or constant features and
//                   fewer points than features still answer;
//   ridge:          w = V·diag(s/(s² + α))·Uᵀy, the minimiser of ‖y − Xw − b‖² + α‖w‖² (scikit-learn's sum of
//                   squares; the intercept is not penalised because it is fitted by centring).
// One decomposition serves every alpha of a ridge path. A tall X (n > 2d) is first reduced to its triangle R by
// Householder QR (utils/qr.ts): R has X's singular values and right singular vectors, and Uᵀy becomes U_Rᵀ·(Qᵀy),
// so the Jacobi sweeps run on d × d numbers instead of n × d.
import { Estimator } from '../../base';
import { choleskySolve } from '../../utils/linalg';
import { qrReduce } from '../../utils/qr';
import { thinSvd } from '../../utils/svd';
import { checkNumber, checkOption, checkXy } from '../../validation';
import { centerData, interceptFor, LinearPredictor, type CenteredData } from './linear-model';

/** The centred problem's SVD pieces: s, the columns of V (r of length d) and Uᵀy (r), r = min(n, d). */
interface Spectrum {
  s: number[];
  V: Float64Array[];
  uty: number[];
}

function spectrum(data: CenteredData): Spectrum {
  const { n, d } = data;
  const tall = n > 2 * d;
  const { R, qtb } = tall ? qrReduce(data.cols, n, [data.y]) : { R: data.cols, qtb: [data.y] };
  const { s, u, v } = thinSvd(R, tall ? d : n);
  const y = qtb[0];
  const uty = u.map((uk) => {
    let t = 0;
    for (let i = 0; i < uk.length; i++) t += uk[i] * y[i];
    return t;
  });
  return { s, V: v, uty };
}

/** w = Σ_k V[:,k]·f(s_k)·(Uᵀy)_k. */
function combine(sp: Spectrum, d: number, factor: (s: number) => number): Float64Array {
  const w = new Float64Array(d);
  sp.s.forEach((sk, k) => {
    const c = factor(sk) * sp.uty[k];
    if (c !== 0) for (let j = 0; j < d; j++) w[j] += sp.V[k][j] * c;
  });
  return w;
}

/** Minimum-norm least squares: singular values below max(n, d)·ε·s_max are treated as 0 (numpy's lstsq rule). */
function leastSquares(data: CenteredData): { w: Float64Array; s: number[]; rank: number } {
  const sp = spectrum(data);
  const cutoff = Math.max(data.n, data.d) * Number.EPSILON * Math.max(0, ...sp.s);
  return {
    w: combine(sp, data.d, (s) => (s > cutoff ? 1 / s : 0)),
    s: sp.s,
    rank: sp.s.filter((s) => s > cutoff).length,
  };
}

function leastSquaresCoef(data: CenteredData): Float64Array {
  return leastSquares(data).w;
}

function ridgeCoef(sp: Spectrum, d: number, alpha: number): Float64Array {
  return combine(sp, d, (s) => (s === 0 && alpha === 0 ? 0 : s / (s * s + alpha)));
}

/**
 * Ridge by the normal equations (XᵀX + αI)w = Xᵀy of the centred data, as scikit-learn's 'cholesky' solver; null
 * where Cholesky fails or is ill-conditioned. Reads the rows twice (means, then the centred Gram matrix and Xᵀy)
 * without building the column copy centerData makes: that copy costs more than the whole solve.
 */
function ridgeCholesky(X: number[][], y: ArrayLike<number>, n: number, d: number, alpha: number, fitIntercept: boolean): { w: Float64Array; b: number } | null {
  const mean = new Float64Array(d);
  let yMean = 0;
  if (fitIntercept) {
    for (let i = 0; i < n; i++) {
      const row = X[i];
      for (let j = 0; j < d; j++) mean[j] += row[j];
      yMean += y[i];
    }
    for (let j = 0; j < d; j++) mean[j] /= n;
    yMean /= n;
  }
  const G = new Float64Array(d * d), xty = new Float64Array(d), w = new Float64Array(d);
  // Four centred rows per sweep of G's lower triangle: a quarter of the loads and stores of G (about 1.5× faster)
  const R = [new Float64Array(d), new Float64Array(d), new Float64Array(d), new Float64Array(d)], [a, b, c, e] = R;
  for (let i = 0; i < n; i += 4) {
    const yy = [0, 0, 0, 0];
    for (let t = 0; t < 4; t++) {
      // past the last row: a zero row adds nothing
      if (i + t < n) {
        const row = X[i + t];
        for (let j = 0; j < d; j++) R[t][j] = row[j] - mean[j];
        yy[t] = y[i + t] - yMean;
      } else R[t].fill(0);
    }
    for (let j = 0; j < d; j++) {
      const aj = a[j], bj = b[j], cj = c[j], ej = e[j], o = j * d;
      xty[j] += aj * yy[0] + bj * yy[1] + cj * yy[2] + ej * yy[3];
      for (let k = 0; k <= j; k++) G[o + k] += aj * a[k] + bj * b[k] + cj * c[k] + ej * e[k];
    }
  }
  for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) G[k * d + j] = G[j * d + k];
  // A pivot under 1e-7 of its diagonal (a column 1 − 1e-7 explained by the others, even with α) means cond(XᵀX + αI)
  // of 1e7 or more, where the normal equations would lose the digits the tests hold to: the SVD answers instead.
  if (!choleskySolve(G, d, xty, w, alpha, 1e-7)) return null;
  let intercept = yMean;
  for (let j = 0; j < d; j++) intercept -= mean[j] * w[j];
  return { w, b: fitIntercept ? intercept : 0 };
}

export interface LinearRegressionParams {
  /** Fit an intercept (by centring X and y). Default true. */
  fitIntercept: boolean;
}

/** Ordinary least squares, as scikit-learn's LinearRegression. */
export class LinearRegression extends LinearPredictor(Estimator<LinearRegressionParams>) {
  declare readonly fitIntercept: boolean;
  /** Singular values of the centred X, as scikit-learn's singular_ (largest first). */
  singular: number[] = [];
  /** Effective rank of the centred X, as scikit-learn's rank_. */
  rank = 0;

  constructor(options: Partial<LinearRegressionParams> = {}) {
    super('LinearRegression', { fitIntercept: true }, options);
  }

  protected checkParams(p: LinearRegressionParams): LinearRegressionParams {
    return { fitIntercept: checkOption('fitIntercept', p.fitIntercept, [true, false], this.estimatorName) };
  }

  fit(X: number[][], y: ArrayLike<number>): this {
    const data = centerData(X, y, this.fitIntercept, 'LinearRegression.fit');
    const { w, s, rank } = leastSquares(data);
    this.singular = s.slice();
    this.rank = rank;
    this.setFit(w, this.fitIntercept ? interceptFor(data, w) : 0);
    return this;
  }
}

export interface RidgeParams {
  /** The penalty's strength α ≥ 0 in ‖y − Xw − b‖² + α‖w‖². Default 1. */
  alpha: number;
  fitIntercept: boolean;
}

/** Least squares with an L2 penalty, as scikit-learn's Ridge. */
export class Ridge extends LinearPredictor(Estimator<RidgeParams>) {
  declare readonly alpha: number;
  declare readonly fitIntercept: boolean;

  constructor(options: Partial<RidgeParams> = {}) {
    super('Ridge', { alpha: 1, fitIntercept: true }, options);
  }

  protected checkParams(p: RidgeParams): RidgeParams {
    return {
      alpha: checkNumber('alpha', p.alpha, { min: 0 }, this.estimatorName),
      fitIntercept: checkOption('fitIntercept', p.fitIntercept, [true, false], this.estimatorName),
    };
  }

  fit(X: number[][], y: ArrayLike<number>): this {
    // scikit-learn's default ('auto') solver for dense X with n > d: a Cholesky solve of XᵀX + αI. It squares
    // the condition number, but α > 0 bounds it (by (s_max² + α)/α); wide X, α = 0 and an ill-conditioned
    // factorisation go through the SVD, as scikit-learn falls back to it.
    const { n, d } = checkXy(X, y, { who: 'Ridge.fit' });
    const fast = this.alpha > 0 && n > d ? ridgeCholesky(X, y, n, d, this.alpha, this.fitIntercept) : null;
    if (fast) return this.setFit(fast.w, fast.b), this;
    const data = centerData(X, y, this.fitIntercept, 'Ridge.fit');
    const w = this.alpha === 0 ? leastSquaresCoef(data) : ridgeCoef(spectrum(data), data.d, this.alpha);
    this.setFit(w, this.fitIntercept ? interceptFor(data, w) : 0);
    return this;
  }
}

export interface RidgePathOptions {
  /** The alphas, in the order wanted. Default: 100 values from 1e4 down to 1e-4, evenly spaced in log scale. */
  alphas?: number[];
  /** Default true, as Ridge. */
  fitIntercept?: boolean;
}

export interface RidgePath {
  alphas: number[];
  /** coefs[j][k]: coefficient of feature j at alphas[k] (scikit-learn's path layout, n_features × n_alphas). */
  coefs: number[][];
  intercepts: number[];
}

/** Ridge's coefficients over a grid of alphas (each equals Ridge({ alpha }).fit(X, y)), from one SVD. */
export function ridgePath(X: number[][], y: ArrayLike<number>, options: RidgePathOptions = {}): RidgePath {
  const alphas = options.alphas ?? logGrid(1e4, 1e-4, 100);
  alphas.forEach((a, k) => checkNumber(`alphas[${k}]`, a, { min: 0 }, 'ridgePath'));
  const fitIntercept = checkOption('fitIntercept', options.fitIntercept ?? true, [true, false], 'ridgePath');
  const data = centerData(X, y, fitIntercept, 'ridgePath');
  const sp = spectrum(data);
  const coefs = Array.from({ length: data.d }, () => new Array<number>(alphas.length));
  const intercepts = alphas.map((a, k) => {
    const w = a === 0 ? leastSquaresCoef(data) : ridgeCoef(sp, data.d, a);
    w.forEach((v, j) => { coefs[j][k] = v; });
    return fitIntercept ? interceptFor(data, w) : 0;
  });
  return { alphas: alphas.slice(), coefs, intercepts };
}

/** `num` values from `from` to `to`, evenly spaced in log10 (numpy's logspace), the two ends exactly as given. */
export function logGrid(from: number, to: number, num: number): number[] {
  const a = Math.log10(from), b = Math.log10(to);
  return Array.from({ length: num }, (_, k) =>
    k === 0 ? from : k === num - 1 ? to : 10 ** (a + ((b - a) * k) / (num - 1)));
}
