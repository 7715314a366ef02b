// RobustScaler as scikit-learn's: subtract the median and divide by the interquartile range (or another quantile
// range), so a few outliers barely move the scaling. Missing values (NaN) are ignored in fit and kept in transform;
// a zero range gets scale 1.
import { Estimator, TransformerMixin } from '../base';
import { checkOption } from '../validation';
import { checkNaNRows, percentile, presentSorted } from './nan-utils';
import { inputNames } from './feature-names';

export interface RobustScalerParams {
  withCentering: boolean;
  withScaling: boolean;
  /** The percentiles whose difference is the scale (default [25, 75]). */
  quantileRange: [number, number];
}
export type RobustScalerOptions = Partial<RobustScalerParams>;

const NAME = 'RobustScaler';

export class RobustScaler extends TransformerMixin(Estimator<RobustScalerParams>) {
  declare readonly withCentering: boolean;
  declare readonly withScaling: boolean;
  declare readonly quantileRange: [number, number];
  /** Per-column median (null without centering). */
  center: number[] | null = null;
  /** Per-column quantile range (null without scaling). */
  scale: number[] | null = null;
  nFeaturesIn = 0;
  private fitted = false;

  constructor(options: RobustScalerOptions = {}) {
    super(NAME, { withCentering: true, withScaling: true, quantileRange: [25, 75] }, options);
  }

  protected checkParams(p: RobustScalerParams): RobustScalerParams {
    const q = p.quantileRange;
    if (!Array.isArray(q) || q.length !== 2 || !(q[0] >= 0 && q[0] <= q[1] && q[1] <= 100)) {
      throw new RangeError(`${NAME}: quantileRange must be [q_min, q_max] with 0 ≤ q_min ≤ q_max ≤ 100; got ${JSON.stringify(q)}`);
    }
    return {
      withCentering: checkOption('withCentering', p.withCentering, [true, false], NAME),
      withScaling: checkOption('withScaling', p.withScaling, [true, false], NAME),
      quantileRange: [q[0], q[1]],
    };
  }

  fit(X: number[][]): this {
    const { d } = checkNaNRows(X, `${NAME}.fit`);
    const sorted = Array.from({ length: d }, (_, j) => presentSorted(X, j));
    this.center = this.withCentering ? sorted.map((v) => percentile(v, 50)) : null;
    this.scale = this.withScaling
      ? sorted.map((v) => {
        const r = percentile(v, this.quantileRange[1]) - percentile(v, this.quantileRange[0]);
        return r === 0 || Number.isNaN(r) ? 1 : r;
      })
      : null;
    this.nFeaturesIn = d;
    this.fitted = true;
    return this;
  }

  private check(X: number[][], what: string): void {
    if (!this.fitted) throw new Error(`${NAME}.${what}: call fit first`);
    checkNaNRows(X, `${NAME}.${what}`, { minSamples: 0, nFeatures: this.nFeaturesIn });
  }

  transform(X: number[][]): number[][] {
    this.check(X, 'transform');
    const c = this.center, s = this.scale;
    return X.map((row) => Array.from(row, (v, j) => (c ? v - c[j] : v) / (s ? s[j] : 1)));
  }

  inverseTransform(X: number[][]): number[][] {
    this.check(X, 'inverseTransform');
    const c = this.center, s = this.scale;
    return X.map((row) => Array.from(row, (v, j) => v * (s ? s[j] : 1) + (c ? c[j] : 0)));
  }

  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new Error(`${NAME}.getFeatureNamesOut: call fit first`);
    return inputNames(this.nFeaturesIn, inputFeatures, `${NAME}.getFeatureNamesOut`);
  }
}
