// What the least-squares family shares (LinearRegression, Ridge, Lasso, ElasticNet, LinearRegressionGD): the
// fitted coef and intercept, predict, and scikit-learn's centring, which is how an unpenalised intercept is fitted:
// solve for w on centred X and y, then b = mean(y) − mean(X)·w.
import { Estimator, RegressorMixin } from '../../base';
import { checkArray, checkXy } from '../../validation';

/** X centred column by column (or as given without an intercept), column-major for the solvers' column sweeps. */
export interface CenteredData {
  n: number;
  d: number;
  /** cols[j][i] = X[i][j] − xMean[j] */
  cols: Float64Array[];
  /** y − yMean */
  y: Float64Array;
  xMean: Float64Array;
  yMean: number;
}

/** Checks X and y (the shared validator) and centres them when an intercept is fitted. */
export function centerData(X: number[][], y: ArrayLike<number>, fitIntercept: boolean, who: string): CenteredData {
  const { n, d } = checkXy(X, y, { who });
  const xMean = new Float64Array(d);
  let yMean = 0;
  // Row by row, each row read once (a column-by-column walk over number[][] costs ~100× more on 10,000 × 10)
  const cols: Float64Array[] = [];
  for (let j = 0; j < d; j++) cols.push(new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const row = X[i];
    for (let j = 0; j < d; j++) cols[j][i] = row[j];
  }
  if (fitIntercept) {
    for (let j = 0; j < d; j++) {
      const c = cols[j];
      let m = 0;
      for (let i = 0; i < n; i++) m += c[i];
      m /= n;
      for (let i = 0; i < n; i++) c[i] -= m;
      xMean[j] = m;
    }
    for (let i = 0; i < n; i++) yMean += y[i];
    yMean /= n;
  }
  const yc = new Float64Array(n);
  for (let i = 0; i < n; i++) yc[i] = y[i] - yMean;
  return { n, d, cols, y: yc, xMean, yMean };
}

/** b = mean(y) − mean(X)·w: the intercept that goes with coefficients fitted on centred data. */
export function interceptFor(means: { xMean: Float64Array; yMean: number }, coef: ArrayLike<number>): number {
  let b = means.yMean;
  for (let j = 0; j < coef.length; j++) b -= means.xMean[j] * coef[j];
  return b;
}

// The mixin pattern needs a constructor type with `any` arguments.
export type AnyEstimatorCtor = abstract new (...args: any[]) => Estimator<object>;

/**
 * The fitted state and predict of a linear regressor; subclasses fit. `coef` and `intercept` as scikit-learn's
 * coef_ and intercept_ (intercept 0 without fitIntercept).
 */
export function LinearPredictor<B extends AnyEstimatorCtor>(Base: B) {
  abstract class Linear extends RegressorMixin(Base) {
    coef: number[] = [];
    intercept = 0;
    nFeaturesIn = 0;
    protected fitted = false;

    /** Stores a fit. */
    protected setFit(coef: ArrayLike<number>, intercept: number): void {
      this.coef = Array.from(coef);
      this.intercept = intercept;
      this.nFeaturesIn = this.coef.length;
      this.fitted = true;
    }

    /** X·coef + intercept. */
    predict(X: number[][]): number[] {
      const who = `${this.estimatorName}.predict`;
      if (!this.fitted) throw new Error(`${who}: the model is not fitted yet; call fit(X, y) first`);
      const { n } = checkArray(X, { who, minSamples: 0, nFeatures: this.nFeaturesIn });
      const out = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        let s = this.intercept;
        for (let j = 0; j < this.nFeaturesIn; j++) s += X[i][j] * this.coef[j];
        out[i] = s;
      }
      return out;
    }
  }
  return Linear;
}
