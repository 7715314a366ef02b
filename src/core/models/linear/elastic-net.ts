// Lasso and ElasticNet as scikit-learn's: coordinate descent on
//   1/(2n)·‖y − Xw − b‖² + α·ρ·‖w‖₁ + α·(1 − ρ)/2·‖w‖²      (ρ = l1Ratio; Lasso is ρ = 1)
// with the intercept fitted by centring (so not penalised). Not converging within maxIter is not an error: the
// fit keeps the current coefficients and says so in `convergenceWarning` (scikit-learn's ConvergenceWarning),
// which a widget can show; nothing is printed.
import { Estimator } from '../../base';
import { checkNumber, checkOption } from '../../validation';
import { enetCoordinateDescent } from './coordinate-descent';
import { centerData, interceptFor, LinearPredictor, type AnyEstimatorCtor } from './linear-model';

export interface ElasticNetParams {
  /** Overall penalty strength α ≥ 0. Default 1. */
  alpha: number;
  /** ρ in [0, 1]: the L1 share of the penalty (1 = lasso, 0 = ridge-like). Default 0.5. */
  l1Ratio: number;
  fitIntercept: boolean;
  /** Most coordinate sweeps. Default 1000. */
  maxIter: number;
  /** Stop once the duality gap is below tol·‖y − ȳ‖². Default 1e-4. */
  tol: number;
}

export type LassoParams = Omit<ElasticNetParams, 'l1Ratio'>;

/** What Lasso and ElasticNet share: the options' checks, fit and the convergence report. */
function CoordinateDescentRegressor<B extends AnyEstimatorCtor>(Base: B) {
  abstract class CoordinateDescent extends LinearPredictor(Base) {
    declare readonly alpha: number;
    declare readonly fitIntercept: boolean;
    declare readonly maxIter: number;
    declare readonly tol: number;
    /** Coordinate sweeps of the last fit (scikit-learn's n_iter_). */
    nIter = 0;
    /** Duality gap at the end of the last fit, in the objective's 1/(2n) scale. */
    dualGap = 0;
    converged = false;
    /** Why the last fit did not converge, or null if it did (scikit-learn's ConvergenceWarning). */
    convergenceWarning: string | null = null;

    abstract get l1Share(): number;

    protected checkCommon(p: LassoParams): LassoParams {
      const who = this.estimatorName;
      return {
        alpha: checkNumber('alpha', p.alpha, { min: 0 }, who),
        fitIntercept: checkOption('fitIntercept', p.fitIntercept, [true, false], who),
        maxIter: checkNumber('maxIter', p.maxIter, { integer: true, min: 1 }, who),
        tol: checkNumber('tol', p.tol, { min: 0 }, who),
      };
    }

    fit(X: number[][], y: ArrayLike<number>): this {
      const data = centerData(X, y, this.fitIntercept, `${this.estimatorName}.fit`);
      const w = new Float64Array(data.d);
      const n = data.n, a = this.alpha, rho = this.l1Share;
      const r = enetCoordinateDescent(data.cols, data.y, w, n * a * rho, n * a * (1 - rho), this.maxIter, this.tol);
      this.nIter = r.nIter;
      this.dualGap = r.gap / n;
      this.converged = r.converged;
      this.convergenceWarning = r.converged ? null
        : `${this.estimatorName} did not converge in maxIter = ${this.maxIter} sweeps (duality gap ${(r.gap / n).toExponential(3)}, `
          + `tolerance ${(r.gapTol / n).toExponential(3)}): increase maxIter, scale the features or increase alpha`;
      this.setFit(w, this.fitIntercept ? interceptFor(data, w) : 0);
      return this;
    }
  }
  return CoordinateDescent;
}

const BASE_DEFAULTS: LassoParams = { alpha: 1, fitIntercept: true, maxIter: 1000, tol: 1e-4 };

/** Linear regression with an L1 penalty, as scikit-learn's Lasso. */
export class Lasso extends CoordinateDescentRegressor(Estimator<LassoParams>) {
  constructor(options: Partial<LassoParams> = {}) {
    super('Lasso', BASE_DEFAULTS, options);
  }

  get l1Share(): number { return 1; }

  protected checkParams(p: LassoParams): LassoParams {
    return this.checkCommon(p);
  }
}

/** Linear regression with a mixed L1 + L2 penalty, as scikit-learn's ElasticNet. */
export class ElasticNet extends CoordinateDescentRegressor(Estimator<ElasticNetParams>) {
  declare readonly l1Ratio: number;

  constructor(options: Partial<ElasticNetParams> = {}) {
    super('ElasticNet', { ...BASE_DEFAULTS, l1Ratio: 0.5 }, options);
  }

  get l1Share(): number { return this.l1Ratio; }

  protected checkParams(p: ElasticNetParams): ElasticNetParams {
    return { ...this.checkCommon(p), l1Ratio: checkNumber('l1Ratio', p.l1Ratio, { min: 0, max: 1 }, this.estimatorName) };
  }
}
