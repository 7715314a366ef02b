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
// Householder QR of the centred [X | y], streamed in blocks of rows (row-blocks.ts, utils/qr.ts): R has X's
// singular values and right singular vectors, and Uᵀy becomes U_Rᵀ·(Qᵀy), so the Jacobi sweeps run on d × d
// numbers instead of n × d.
import { Estimator } from '../../base';
import { choleskySolve } from '../../utils/linalg';
import { qrAddRows } from '../../utils/qr';
import { thinSvd } from '../../utils/svd';
import { checkNumber, checkOption, checkXy } from '../../validation';
import { centerData, interceptFor, LinearPredictor } from './linear-model';
import { CentredRowBlocks, gramAddRows, type Means } from './row-blocks';

/** The centred problem's SVD pieces: s, the columns of V (r of length d) and Uᵀy (r), r = min(n, d); the means. */
interface Spectrum extends Means {
  n: number;
  d: number;
  s: number[];
  V: Float64Array[];
  uty: number[];
}

/** Checks X and y, centres them (with an intercept) and decomposes. */
function spectrum(X: number[][], y: ArrayLike<number>, fitIntercept: boolean, who: string): Spectrum {
  const { n, d } = checkXy(X, y, { who });
  // R: the matrix to decompose, by columns of length `len`; rhs: the targets in its row space
  let R: Float64Array[], len: number, rhs: ArrayLike<number>, means: Means;
  if (n > 2 * d) {
    const m = d + 1, T = new Float64Array(m * m), b = new CentredRowBlocks(X, y, n, d, fitIntercept);
    for (let rows = b.next(); rows > 0; rows = b.next()) qrAddRows(T, m, b.blk, b.stride, rows);
    means = b.means();
    // T = [[R, Qᵀy], [0, ±‖residual‖]]: R's columns, and Qᵀy from T's last column
    R = Array.from({ length: d }, (_, j) => Float64Array.from({ length: d }, (_, i) => (i <= j ? T[i * m + j] : 0)));
    rhs = Float64Array.from({ length: d }, (_, i) => T[i * m + d]);
    len = d;
  } else {
    const data = centerData(X, y, fitIntercept, who);
    R = data.cols;
    rhs = data.y;
    len = n;
    means = data;
  }
  const { s, u, v } = thinSvd(R, len);
  const uty = u.map((uk) => {
    let t = 0;
    for (let i = 0; i < uk.length; i++) t += uk[i] * rhs[i];
    return t;
  });
  return { n, d, s, V: v, uty, xMean: means.xMean, yMean: means.yMean };
}

/** w = Σ_k V[:,k]·f(s_k)·(Uᵀy)_k. */
function combine(sp: Spectrum, factor: (s: number) => number): Float64Array {
  const w = new Float64Array(sp.d);
  sp.s.forEach((sk, k) => {
    const c = factor(sk) * sp.uty[k];
    if (c !== 0) for (let j = 0; j < sp.d; j++) w[j] += sp.V[k][j] * c;
  });
  return w;
}

/** Singular values below max(n, d)·ε·s_max count as 0 (numpy's lstsq rule). */
const cutoff = (sp: Spectrum) => Math.max(sp.n, sp.d) * Number.EPSILON * Math.max(0, ...sp.s);

/** Minimum-norm least squares. */
function leastSquaresCoef(sp: Spectrum): Float64Array {
  const c = cutoff(sp);
  return combine(sp, (s) => (s > c ? 1 / s : 0));
}

function ridgeCoef(sp: Spectrum, alpha: number): Float64Array {
  return alpha === 0 ? leastSquaresCoef(sp) : combine(sp, (s) => s / (s * s + alpha));
}

/**
 * Ridge by the normal equations (XᵀX + αI)w = Xᵀy of the centred data, as scikit-learn's 'cholesky' solver; null
 * where Cholesky fails or is ill-conditioned. The centred Gram matrix of [X | y] is summed block by block of rows.
 */
function ridgeCholesky(X: number[][], y: ArrayLike<number>, n: number, d: number, alpha: number, fitIntercept: boolean): { w: Float64Array; b: number } | null {
  const m = d + 1, G = new Float64Array(m * m), b = new CentredRowBlocks(X, y, n, d, fitIntercept);
  for (let rows = b.next(); rows > 0; rows = b.next()) gramAddRows(G, m, b.blk, b.stride, rows);
  // XᵀX is G's leading d × d block (lower triangle, all choleskySolve reads), Xᵀy its last row
  const A = new Float64Array(d * d), xty = new Float64Array(d), w = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    for (let k = 0; k <= j; k++) A[j * d + k] = G[j * m + k];
    xty[j] = G[d * m + j];
  }
  // A pivot under 1e-7 of its diagonal (a column 1 − 1e-7 explained by the others, even with α) means cond(XᵀX + αI)
  // of 1e7 or more, where the normal equations would lose the digits the tests hold to: the SVD answers instead.
  if (!choleskySolve(A, d, xty, w, alpha, 1e-7)) return null;
  return { w, b: fitIntercept ? interceptFor(b.means(), w) : 0 };
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
    const sp = spectrum(X, y, this.fitIntercept, 'LinearRegression.fit');
    const w = leastSquaresCoef(sp), c = cutoff(sp);
    this.singular = sp.s.slice();
    this.rank = sp.s.filter((s) => s > c).length;
    this.setFit(w, this.fitIntercept ? interceptFor(sp, w) : 0);
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
    const sp = spectrum(X, y, this.fitIntercept, 'Ridge.fit');
    const w = ridgeCoef(sp, this.alpha);
    this.setFit(w, this.fitIntercept ? interceptFor(sp, w) : 0);
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
  const sp = spectrum(X, y, fitIntercept, 'ridgePath');
  const coefs = Array.from({ length: sp.d }, () => new Array<number>(alphas.length));
  const intercepts = alphas.map((a, k) => {
    const w = ridgeCoef(sp, a);
    w.forEach((v, j) => { coefs[j][k] = v; });
    return fitIntercept ? interceptFor(sp, w) : 0;
  });
  return { alphas: alphas.slice(), coefs, intercepts };
}

/** `num` values from `from` to `to`, evenly spaced in log10 (numpy's logspace), the two ends exactly as given. */
export function logGrid(from: number, to: number, num: number): number[] {
  const a = Math.log10(from), b = Math.log10(to);
  return Array.from({ length: num }, (_, k) =>
    k === 0 ? from : k === num - 1 ? to : 10 ** (a + ((b - a) * k) / (num - 1)));
}
