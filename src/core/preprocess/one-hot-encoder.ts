// OneHotEncoder as scikit-learn's (dense output): one 0/1 column per category of each input column, categories
// sorted (a missing value is a category of its own, last, named "nan"). drop 'first' removes each column's first
// category, 'ifBinary' only that of two-category columns. handleUnknown 'ignore' encodes an unseen label as zeros.
import { Estimator } from '../base';
import { checkOption } from '../validation';
import { categoryIndex, categoryName, checkLabelRows, resolveCategories, unknownError, type Category } from './categories';
import { inputNames } from './feature-names';

export interface OneHotEncoderParams {
  /** 'auto' (default: learnt from the data, sorted) or the categories of each column. */
  categories: 'auto' | Category[][];
  drop: 'first' | 'ifBinary' | null;
  handleUnknown: 'error' | 'ignore';
}
export type OneHotEncoderOptions = Partial<OneHotEncoderParams>;

const NAME = 'OneHotEncoder';

export class OneHotEncoder extends Estimator<OneHotEncoderParams> {
  declare readonly drop: 'first' | 'ifBinary' | null;
  declare readonly handleUnknown: 'error' | 'ignore';
  /** It takes labels ((string | null)[][]): a ColumnTransformer hands it its columns so. */
  readonly inputKind = 'labels' as const;
  /** The learnt categories of each column (scikit-learn's categories_). */
  categories_: Category[][] = [];
  /** Per column, the index of the dropped category, or null (scikit-learn's drop_idx_). */
  dropIdx: (number | null)[] = [];
  nFeaturesIn = 0;
  private index: Map<Category, number>[] = [];
  private fitted = false;

  constructor(options: OneHotEncoderOptions = {}) {
    super(NAME, { categories: 'auto', drop: null, handleUnknown: 'error' }, options);
  }

  protected checkParams(p: OneHotEncoderParams): OneHotEncoderParams {
    if (p.categories !== 'auto' && !Array.isArray(p.categories)) throw new RangeError(`${NAME}: categories must be 'auto' or one list per column`);
    return {
      categories: p.categories,
      drop: checkOption('drop', p.drop, ['first', 'ifBinary', null] as const, NAME),
      handleUnknown: checkOption('handleUnknown', p.handleUnknown, ['error', 'ignore'] as const, NAME),
    };
  }

  fit(X: Category[][]): this {
    const { d } = checkLabelRows(X, `${NAME}.fit`);
    const cats = resolveCategories(this.getParams().categories, X, d, NAME);
    this.categories_ = cats;
    this.dropIdx = cats.map((c) => (this.drop === 'first' || (this.drop === 'ifBinary' && c.length === 2) ? 0 : null));
    this.index = categoryIndex(cats);
    if (this.getParams().categories !== 'auto' && this.handleUnknown === 'error') this.transform(X); // unknown labels in fit are an error too
    this.nFeaturesIn = d;
    this.fitted = true;
    return this;
  }

  /** The output width of each input column. */
  get widths(): number[] {
    return this.categories_.map((c, j) => c.length - (this.dropIdx[j] === null ? 0 : 1));
  }

  transform(X: Category[][]): number[][] {
    if (!this.fitted && this.categories_.length === 0) throw new Error(`${NAME}.transform: call fit first`);
    checkLabelRows(X, `${NAME}.transform`, { minSamples: 0, nFeatures: this.categories_.length });
    const widths = this.widths, total = widths.reduce((a, b) => a + b, 0);
    return X.map((row, i) => {
      const out = new Array<number>(total).fill(0);
      let offset = 0;
      row.forEach((v, j) => {
        const k = this.index[j].get(v);
        if (k === undefined) {
          if (this.handleUnknown === 'error') throw unknownError(`${NAME}.transform`, v, i, j, `x${j}`);
        } else {
          const drop = this.dropIdx[j];
          if (drop === null) out[offset + k] = 1;
          else if (k !== drop) out[offset + k - (k > drop ? 1 : 0)] = 1;
        }
        offset += widths[j];
      });
      return out;
    });
  }

  fitTransform(X: Category[][]): number[][] {
    return this.fit(X).transform(X);
  }

  /** "<input>_<category>" per output column, as scikit-learn ("Island_Biscoe", "x0_a", "Sex_nan"). */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new Error(`${NAME}.getFeatureNamesOut: call fit first`);
    const names = inputNames(this.nFeaturesIn, inputFeatures, `${NAME}.getFeatureNamesOut`);
    return this.categories_.flatMap((c, j) => c.flatMap((v, k) => (k === this.dropIdx[j] ? [] : [`${names[j]}_${categoryName(v)}`])));
  }
}
