// SimpleImputer as scikit-learn's: fills each missing value (NaN) with a statistic of its column learnt in fit
// (mean, median, most frequent; ties → the smallest) or with a constant. A column with no value at all in fit is
// dropped (as scikit-learn without keep_empty_features), except for 'constant'. addIndicator appends a 0/1 "was
// missing" column for every column that had a missing value in fit.
import { Estimator, TransformerMixin } from '../base';
import { checkNumber, checkOption } from '../validation';
import { checkNaNRows, columnsWithMissing, indicatorNames, indicatorRow, percentile, presentSorted } from './nan-utils';
import { inputNames } from './feature-names';

export type ImputeStrategy = 'mean' | 'median' | 'mostFrequent' | 'constant';

export interface SimpleImputerParams {
  /** Default 'mean'. */
  strategy: ImputeStrategy;
  /** The value of 'constant' (default 0, as scikit-learn for numbers). */
  fillValue: number;
  /** Append "was missing" columns (default false). */
  addIndicator: boolean;
  /** Keep a column with no values in fit, filled with 0 (default false: dropped). */
  keepEmptyFeatures: boolean;
}
export type SimpleImputerOptions = Partial<SimpleImputerParams>;

const NAME = 'SimpleImputer';

/** The most frequent of sorted values (the smallest of equally frequent ones); NaN if empty. */
function mostFrequent(sorted: readonly number[]): number {
  let best = NaN, bestCount = 0;
  for (let i = 0; i < sorted.length;) {
    let k = i;
    while (k < sorted.length && sorted[k] === sorted[i]) k++;
    if (k - i > bestCount) { best = sorted[i]; bestCount = k - i; }
    i = k;
  }
  return best;
}

export class SimpleImputer extends TransformerMixin(Estimator<SimpleImputerParams>) {
  declare readonly strategy: ImputeStrategy;
  declare readonly fillValue: number;
  declare readonly addIndicator: boolean;
  declare readonly keepEmptyFeatures: boolean;
  /** Per column: the fill value (NaN for a column that had no value in fit). */
  statistics: number[] = [];
  /** Columns that had a missing value in fit (the indicator's columns). */
  indicatorFeatures: number[] = [];
  nFeaturesIn = 0;
  private fitted = false;

  constructor(options: SimpleImputerOptions = {}) {
    super(NAME, { strategy: 'mean', fillValue: 0, addIndicator: false, keepEmptyFeatures: false }, options);
  }

  protected checkParams(p: SimpleImputerParams): SimpleImputerParams {
    return {
      strategy: checkOption('strategy', p.strategy, ['mean', 'median', 'mostFrequent', 'constant'] as const, NAME),
      fillValue: checkNumber('fillValue', p.fillValue, {}, NAME),
      addIndicator: checkOption('addIndicator', p.addIndicator, [true, false], NAME),
      keepEmptyFeatures: checkOption('keepEmptyFeatures', p.keepEmptyFeatures, [true, false], NAME),
    };
  }

  fit(X: number[][]): this {
    const { d } = checkNaNRows(X, `${NAME}.fit`);
    this.statistics = Array.from({ length: d }, (_, j) => {
      if (this.strategy === 'constant') return this.fillValue;
      const v = presentSorted(X, j);
      if (v.length === 0) return this.keepEmptyFeatures ? 0 : NaN;
      if (this.strategy === 'median') return percentile(v, 50);
      if (this.strategy === 'mostFrequent') return mostFrequent(v);
      let s = 0;
      for (const x of v) s += x;
      return s / v.length;
    });
    this.indicatorFeatures = this.addIndicator ? columnsWithMissing(X, d) : [];
    this.nFeaturesIn = d;
    this.fitted = true;
    return this;
  }

  /** The columns kept in the output (all but those with no value in fit). */
  get keptFeatures(): number[] {
    return this.statistics.flatMap((s, j) => (Number.isNaN(s) ? [] : [j]));
  }

  transform(X: number[][]): number[][] {
    if (!this.fitted) throw new Error(`${NAME}.transform: call fit first`);
    checkNaNRows(X, `${NAME}.transform`, { minSamples: 0, nFeatures: this.nFeaturesIn });
    const keep = this.keptFeatures, st = this.statistics;
    return X.map((row) => {
      const out = keep.map((j) => (Number.isNaN(row[j]) ? st[j] : row[j]));
      return this.addIndicator ? out.concat(indicatorRow(row, this.indicatorFeatures)) : out;
    });
  }

  /** Output names as scikit-learn's: the kept inputs, then "missingindicator_<name>" per indicator column. */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new Error(`${NAME}.getFeatureNamesOut: call fit first`);
    const names = inputNames(this.nFeaturesIn, inputFeatures, `${NAME}.getFeatureNamesOut`);
    return this.keptFeatures.map((j) => names[j]).concat(indicatorNames(names, this.indicatorFeatures));
  }
}
