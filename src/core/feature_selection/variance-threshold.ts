/**
 * VarianceThreshold, as scikit-learn's: drops features whose variance in the training data is not above the
 * threshold (default 0: only constant columns go). Unsupervised: it never looks at y.
 */
import { checkArray, checkNumber } from '../validation';
import { Selector } from './selector';

export interface VarianceThresholdParams {
  threshold: number;
}

export class VarianceThreshold extends Selector<VarianceThresholdParams> {
  declare readonly threshold: number;
  /** Each feature's (population) variance, as scikit-learn's variances_. */
  variances: number[] = [];

  constructor(options: Partial<VarianceThresholdParams> = {}) {
    super('VarianceThreshold', { threshold: 0 }, options);
  }

  protected checkParams(p: VarianceThresholdParams): VarianceThresholdParams {
    checkNumber('threshold', p.threshold, { min: 0 }, this.estimatorName);
    return p;
  }

  fit(X: number[][]): this {
    const who = 'VarianceThreshold.fit';
    const { n, d } = checkArray(X, { who, minSamples: 1 });
    const variances: number[] = [];
    for (let j = 0; j < d; j++) {
      let m = 0;
      for (let i = 0; i < n; i++) m += X[i][j];
      m /= n;
      let v = 0;
      for (let i = 0; i < n; i++) v += (X[i][j] - m) ** 2;
      // A constant column's two-pass variance is exactly 0; scikit-learn also uses the peak-to-peak range for that.
      variances.push(v / n);
    }
    const mask = variances.map((v) => v > this.threshold);
    if (!mask.some(Boolean)) {
      const what = this.threshold === 0 ? 'every feature is constant' : `no feature has a variance above ${this.threshold}`;
      throw new RangeError(`${who}: ${what}, so nothing would be kept`);
    }
    this.variances = variances;
    this.nFeaturesIn = d;
    this.mask = mask;
    return this;
  }
}
