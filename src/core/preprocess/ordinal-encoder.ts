// OrdinalEncoder as scikit-learn's: each label becomes its index among the column's sorted categories (0, 1, 2, ...),
// a missing label stays missing (NaN). handleUnknown 'useEncodedValue' gives an unseen label unknownValue.
import { Estimator } from '../base';
import { checkOption } from '../validation';
import { categoryIndex, checkLabelRows, resolveCategories, unknownError, type Category } from './categories';
import { inputNames } from './feature-names';

export interface OrdinalEncoderParams {
  categories: 'auto' | Category[][];
  handleUnknown: 'error' | 'useEncodedValue';
  /** The code of an unseen label with handleUnknown 'useEncodedValue' (an integer not among the codes, or NaN). */
  unknownValue: number | null;
  /** The code of a missing label (default NaN). */
  encodedMissingValue: number;
}
export type OrdinalEncoderOptions = Partial<OrdinalEncoderParams>;

const NAME = 'OrdinalEncoder';

export class OrdinalEncoder extends Estimator<OrdinalEncoderParams> {
  declare readonly handleUnknown: 'error' | 'useEncodedValue';
  declare readonly unknownValue: number | null;
  declare readonly encodedMissingValue: number;
  /** It takes labels ((string | null)[][]): a ColumnTransformer hands it its columns so. */
  readonly inputKind = 'labels' as const;
  categories_: Category[][] = [];
  nFeaturesIn = 0;
  private index: Map<Category, number>[] = [];
  private fitted = false;

  constructor(options: OrdinalEncoderOptions = {}) {
    super(NAME, { categories: 'auto', handleUnknown: 'error', unknownValue: null, encodedMissingValue: NaN }, options);
  }

  protected checkParams(p: OrdinalEncoderParams): OrdinalEncoderParams {
    const handleUnknown = checkOption('handleUnknown', p.handleUnknown, ['error', 'useEncodedValue'] as const, NAME);
    const u = p.unknownValue;
    if (handleUnknown === 'useEncodedValue' && !(typeof u === 'number' && (Number.isInteger(u) || Number.isNaN(u)))) {
      throw new RangeError(`${NAME}: with handleUnknown 'useEncodedValue', unknownValue must be an integer or NaN; got ${String(u)}`);
    }
    if (handleUnknown === 'error' && u !== null) throw new RangeError(`${NAME}: unknownValue is only used with handleUnknown 'useEncodedValue'`);
    return { categories: p.categories, handleUnknown, unknownValue: u, encodedMissingValue: p.encodedMissingValue };
  }

  fit(X: Category[][]): this {
    const { d } = checkLabelRows(X, `${NAME}.fit`);
    // a missing label is not given a code of its own: it maps to encodedMissingValue
    this.categories_ = resolveCategories(this.getParams().categories, X, d, NAME);
    this.index = categoryIndex(this.categories_.map((c) => c.filter((v) => v !== null)));
    const u = this.unknownValue;
    if (u !== null && Number.isInteger(u) && u >= 0 && this.index.some((m) => u < m.size)) {
      throw new RangeError(`${NAME}: unknownValue ${u} is already the code of a known category`);
    }
    this.nFeaturesIn = d;
    this.fitted = true;
    return this;
  }

  transform(X: Category[][]): number[][] {
    if (!this.fitted) throw new Error(`${NAME}.transform: call fit first`);
    checkLabelRows(X, `${NAME}.transform`, { minSamples: 0, nFeatures: this.nFeaturesIn });
    return X.map((row, i) => row.map((v, j) => {
      if (v === null) return this.encodedMissingValue;
      const k = this.index[j].get(v);
      if (k !== undefined) return k;
      if (this.handleUnknown === 'error') throw unknownError(`${NAME}.transform`, v, i, j, `x${j}`);
      return this.unknownValue as number;
    }));
  }

  fitTransform(X: Category[][]): number[][] {
    return this.fit(X).transform(X);
  }

  /** Codes back to labels (an unknown or missing code gives null). */
  inverseTransform(Z: number[][]): Category[][] {
    if (!this.fitted) throw new Error(`${NAME}.inverseTransform: call fit first`);
    const known = this.categories_.map((c) => c.filter((v) => v !== null));
    return Z.map((row) => row.map((k, j) => (Number.isInteger(k) && k >= 0 && k < known[j].length ? known[j][k] : null)));
  }

  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new Error(`${NAME}.getFeatureNamesOut: call fit first`);
    return inputNames(this.nFeaturesIn, inputFeatures, `${NAME}.getFeatureNamesOut`);
  }
}
