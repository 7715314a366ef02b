// MinMaxScaler and MaxAbsScaler as scikit-learn's. Missing values (NaN) are ignored in fit and kept in transform.
// A constant column (zero range) gets scale 1 instead of a division by zero (scikit-learn's _handle_zeros_in_scale).
import { Estimator, TransformerMixin } from '../base';
import { checkNaNRows } from './nan-utils';
import { inputNames } from './feature-names';

/** Per-column min and max over the non-missing values (NaN for a column with none). */
function columnRange(X: readonly ArrayLike<number>[], d: number): { min: number[]; max: number[] } {
  const min = new Array<number>(d).fill(Infinity), max = new Array<number>(d).fill(-Infinity);
  for (const row of X) for (let j = 0; j < d; j++) {
    const v = row[j];
    if (v < min[j]) min[j] = v;
    if (v > max[j]) max[j] = v;
  }
  return { min: min.map((v) => (v === Infinity ? NaN : v)), max: max.map((v) => (v === -Infinity ? NaN : v)) };
}

const nonZero = (s: number) => (s === 0 || Number.isNaN(s) ? 1 : s);

/** What MinMaxScaler and MaxAbsScaler share: an affine map per column, x·scale + offset, and its inverse. */
abstract class AffineScaler extends TransformerMixin(Estimator<object>) {
  nFeaturesIn = 0;
  nSamplesSeen = 0;
  /** x ↦ x · mul + offset per column. */
  protected mul: number[] = [];
  protected offset: number[] = [];
  protected fitted = false;

  protected abstract learn(X: number[][], d: number): void;

  fit(X: number[][]): this {
    const { n, d } = checkNaNRows(X, `${this.estimatorName}.fit`);
    this.learn(X, d);
    this.nFeaturesIn = d;
    this.nSamplesSeen = n;
    this.fitted = true;
    return this;
  }

  private check(X: number[][], what: string): void {
    if (!this.fitted) throw new Error(`${this.estimatorName}.${what}: call fit first`);
    checkNaNRows(X, `${this.estimatorName}.${what}`, { minSamples: 0, nFeatures: this.nFeaturesIn });
  }

  transform(X: number[][]): number[][] {
    this.check(X, 'transform');
    return X.map((row) => this.mul.map((s, j) => row[j] * s + this.offset[j]));
  }

  inverseTransform(X: number[][]): number[][] {
    this.check(X, 'inverseTransform');
    return X.map((row) => this.mul.map((s, j) => (row[j] - this.offset[j]) / s));
  }

  /** One output per input, of the same name (scikit-learn's one-to-one names). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new Error(`${this.estimatorName}.getFeatureNamesOut: call fit first`);
    return inputNames(this.nFeaturesIn, inputFeatures, `${this.estimatorName}.getFeatureNamesOut`);
  }
}

export interface MinMaxScalerParams {
  /** The range the training data is mapped onto (default [0, 1]). */
  featureRange: [number, number];
  /** Clip transformed values to featureRange (default false). */
  clip: boolean;
}
export type MinMaxScalerOptions = Partial<MinMaxScalerParams>;

export class MinMaxScaler extends AffineScaler {
  declare readonly featureRange: [number, number];
  declare readonly clip: boolean;
  dataMin: number[] = [];
  dataMax: number[] = [];
  /** scikit-learn's min_: the offset added after scaling. */
  get min(): number[] { return this.offset; }
  /** scikit-learn's scale_: the factor applied to each column. */
  get scale(): number[] { return this.mul; }

  constructor(options: MinMaxScalerOptions = {}) {
    super('MinMaxScaler', { featureRange: [0, 1], clip: false }, options);
  }

  protected checkParams(q: object): MinMaxScalerParams {
    const p = q as MinMaxScalerParams;
    const r = p.featureRange;
    if (!Array.isArray(r) || r.length !== 2 || !r.every(Number.isFinite) || !(r[0] < r[1])) {
      throw new RangeError(`MinMaxScaler: featureRange must be [min, max] with min < max; got ${JSON.stringify(r)}`);
    }
    if (typeof p.clip !== 'boolean') throw new RangeError(`MinMaxScaler: clip must be true or false; got ${String(p.clip)}`);
    return { featureRange: [r[0], r[1]], clip: p.clip };
  }

  protected learn(X: number[][], d: number): void {
    const { min, max } = columnRange(X, d);
    const [a, b] = this.featureRange;
    this.dataMin = min;
    this.dataMax = max;
    this.mul = min.map((m, j) => (b - a) / nonZero(max[j] - m));
    this.offset = min.map((m, j) => a - m * this.mul[j]);
  }

  override transform(X: number[][]): number[][] {
    const Z = super.transform(X);
    if (!this.clip) return Z;
    const [a, b] = this.featureRange;
    return Z.map((row) => row.map((v) => (Number.isNaN(v) ? v : Math.min(b, Math.max(a, v)))));
  }
}

export type MaxAbsScalerParams = Record<string, never>;

export class MaxAbsScaler extends AffineScaler {
  maxAbs: number[] = [];
  /** scikit-learn's scale_: the divisor of each column (maxAbs, or 1 for an all-zero column). */
  get scale(): number[] { return this.maxAbs.map(nonZero); }

  constructor(options: Partial<MaxAbsScalerParams> = {}) {
    super('MaxAbsScaler', {}, options);
  }

  protected checkParams(p: object): MaxAbsScalerParams {
    return p as MaxAbsScalerParams;
  }

  protected learn(X: number[][], d: number): void {
    const { min, max } = columnRange(X, d);
    this.maxAbs = min.map((m, j) => Math.max(Math.abs(m), Math.abs(max[j])));
    this.mul = this.maxAbs.map((m) => 1 / nonZero(m));
    this.offset = new Array<number>(d).fill(0);
  }
}
