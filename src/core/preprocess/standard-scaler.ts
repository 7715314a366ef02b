// StandardScaler as scikit-learn's: z = (x − mean) / scale with the population standard deviation (ddof = 0);
// features of (numerically) zero variance get scale 1 so they pass through centred instead of dividing by zero.
import { Estimator, TransformerMixin } from '../base';
import { checkArray, checkOption } from '../validation';
import { inputNames } from './feature-names';

/** The options as resolved (what getParams returns). */
export interface StandardScalerParams {
  /** Subtract the mean (default true). */
  withMean: boolean;
  /** Divide by the standard deviation (default true). */
  withStd: boolean;
}

export type StandardScalerOptions = Partial<StandardScalerParams>;

const NAME = 'StandardScaler';

export class StandardScaler extends TransformerMixin(Estimator<StandardScalerParams>) {
  declare readonly withMean: boolean;
  declare readonly withStd: boolean;
  /** Per-feature mean; null when neither withMean nor withStd (as scikit-learn's mean_ = None). */
  mean: number[] | null = null;
  /** Per-feature population variance; null when withStd is false. */
  var: number[] | null = null;
  /** Per-feature divisor: sqrt(var), or 1 for constant features; null when withStd is false. */
  scale: number[] | null = null;
  nFeaturesIn = 0;
  nSamplesSeen = 0;
  private fitted = false;

  constructor(options: StandardScalerOptions = {}) {
    super(NAME, { withMean: true, withStd: true }, options);
  }

  protected checkParams(p: StandardScalerParams): StandardScalerParams {
    return {
      withMean: checkOption('withMean', p.withMean, [true, false], NAME),
      withStd: checkOption('withStd', p.withStd, [true, false], NAME),
    };
  }

  fit(X: number[][]): this {
    const { n, d } = checkArray(X, { who: `${NAME}.fit` });
    const mean = new Array<number>(d).fill(0);
    for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
    for (let j = 0; j < d; j++) mean[j] /= n;
    // Two-pass variance (with the compensation term) is accurate even for large offsets.
    const v = new Array<number>(d).fill(0), corr = new Array<number>(d).fill(0);
    for (const row of X) for (let j = 0; j < d; j++) { const e = row[j] - mean[j]; v[j] += e * e; corr[j] += e; }
    for (let j = 0; j < d; j++) v[j] = (v[j] - (corr[j] * corr[j]) / n) / n;
    this.nFeaturesIn = d;
    this.nSamplesSeen = n;
    this.mean = this.withMean || this.withStd ? mean : null;
    if (this.withStd) {
      this.var = v;
      // scikit-learn's _is_constant_feature: a variance within rounding error of zero counts as zero.
      const eps = 2.220446049250313e-16;
      this.scale = v.map((vj, j) => {
        const bound = n * eps * vj + (n * mean[j] * eps) ** 2;
        return vj <= bound ? 1 : Math.sqrt(vj);
      });
    } else {
      this.var = null;
      this.scale = null;
    }
    this.fitted = true;
    return this;
  }

  private check(X: number[][], what: string): number {
    if (!this.fitted) throw new Error(`StandardScaler.${what}: call fit first`);
    return checkArray(X, { who: `${NAME}.${what}`, minSamples: 0, nFeatures: this.nFeaturesIn }).d;
  }

  transform(X: number[][]): number[][] {
    const d = this.check(X, 'transform');
    const m = this.withMean ? this.mean! : null, s = this.scale;
    return X.map((row) => {
      const out = new Array<number>(d);
      for (let j = 0; j < d; j++) {
        let v = row[j];
        if (m) v -= m[j];
        if (s) v /= s[j];
        out[j] = v;
      }
      return out;
    });
  }

  inverseTransform(X: number[][]): number[][] {
    const d = this.check(X, 'inverseTransform');
    const m = this.withMean ? this.mean! : null, s = this.scale;
    return X.map((row) => {
      const out = new Array<number>(d);
      for (let j = 0; j < d; j++) {
        let v = row[j];
        if (s) v *= s[j];
        if (m) v += m[j];
        out[j] = v;
      }
      return out;
    });
  }

  /** One output per input, of the same name (scikit-learn's one-to-one names): the given names, or x0, x1, … */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new Error('StandardScaler.getFeatureNamesOut: call fit first');
    return inputNames(this.nFeaturesIn, inputFeatures, `${NAME}.getFeatureNamesOut`);
  }

  /** Transform one row in place (for dense grids without allocating). */
  transformRowInPlace(row: { length: number; [j: number]: number }): void {
    if (!this.fitted) throw new Error('StandardScaler.transformRowInPlace: call fit first');
    const m = this.withMean ? this.mean! : null, s = this.scale;
    for (let j = 0; j < this.nFeaturesIn; j++) {
      let v = row[j];
      if (m) v -= m[j];
      if (s) v /= s[j];
      row[j] = v;
    }
  }
}
