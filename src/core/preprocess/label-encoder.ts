// LabelEncoder as scikit-learn's: a target's labels become 0 … k−1 in sorted order (numbers numerically, strings by
// code point), and back.
import { Estimator } from '../base';
import { formatValue } from '../validation';
import { byCodePoint } from './categories';

export type EncodedLabel = string | number;

export class LabelEncoder extends Estimator<Record<string, never>> {
  /** The sorted distinct labels (scikit-learn's classes_). */
  classes: EncodedLabel[] = [];
  private index = new Map<EncodedLabel, number>();

  constructor(options: Partial<Record<string, never>> = {}) {
    super('LabelEncoder', {}, options);
  }

  protected checkParams(p: Record<string, never>): Record<string, never> {
    return p;
  }

  fit(y: readonly EncodedLabel[]): this {
    if (!Array.isArray(y) || y.length === 0) throw new RangeError('LabelEncoder.fit: y must be a non-empty array of labels');
    const types = new Set(y.map((v) => typeof v));
    if ([...types].some((t) => t !== 'string' && t !== 'number') || types.size > 1) {
      throw new TypeError('LabelEncoder.fit: y must hold only strings or only numbers (a missing label cannot be encoded)');
    }
    if (types.has('number') && y.some((v) => Number.isNaN(v))) throw new RangeError('LabelEncoder.fit: y contains NaN');
    const distinct = [...new Set(y)];
    this.classes = types.has('number') ? (distinct as number[]).sort((a, b) => a - b) : (distinct as string[]).sort(byCodePoint);
    this.index = new Map(this.classes.map((c, k) => [c, k]));
    return this;
  }

  transform(y: readonly EncodedLabel[]): number[] {
    if (this.classes.length === 0) throw new Error('LabelEncoder.transform: call fit first');
    return y.map((v) => {
      const k = this.index.get(v);
      if (k === undefined) throw new RangeError(`LabelEncoder.transform: y contains previously unseen labels: ${formatValue(v)}`);
      return k;
    });
  }

  fitTransform(y: readonly EncodedLabel[]): number[] {
    return this.fit(y).transform(y);
  }

  inverseTransform(codes: readonly number[]): EncodedLabel[] {
    return codes.map((k) => {
      if (!Number.isInteger(k) || k < 0 || k >= this.classes.length) throw new RangeError(`LabelEncoder.inverseTransform: ${k} is not a code of a known label`);
      return this.classes[k];
    });
  }
}
