// What the encoders share: columns of category labels (string, null = missing), each column's categories sorted
// as scikit-learn sorts them (by code point, a missing value last, named "nan"), and checks of such input.
import { formatValue } from '../validation';

/** One cell of a categorical column: a label, or null for a missing value. */
export type Category = string | null;

/** Rows of labels; checks the shape and that every cell is a string or null. Returns the shape. */
export function checkLabelRows(X: unknown, who: string, o: { nFeatures?: number; minSamples?: number } = {}): { n: number; d: number } {
  if (!Array.isArray(X)) throw new TypeError(`${who}: X must be an array of rows of labels ((string | null)[][]); got ${formatValue(X)}`);
  const n = X.length;
  if (n < (o.minSamples ?? 1)) throw new RangeError(`${who}: X is empty: it has no rows`);
  if (n === 0) return { n, d: o.nFeatures ?? 0 };
  const d = Array.isArray(X[0]) ? X[0].length : -1;
  if (d < 1) throw new TypeError(`${who}: X row 0 is not a non-empty array of labels`);
  X.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== d) throw new RangeError(`${who}: X row ${i} does not have ${d} labels as row 0 has`);
    row.forEach((v: unknown, j) => {
      if (v !== null && typeof v !== 'string') throw new TypeError(`${who}: X contains ${formatValue(v)} at row ${i}, column ${j}: labels are strings, null for missing`);
    });
  });
  if (o.nFeatures !== undefined && d !== o.nFeatures) throw new RangeError(`${who}: X has ${d} columns, expected ${o.nFeatures} (as many as it was fitted on)`);
  return { n, d };
}

/** Code-point order, as numpy sorts strings. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A column's distinct labels, sorted, with null last if present. */
export function sortedCategories(X: readonly (readonly Category[])[], j: number): Category[] {
  const seen = new Set<string>();
  let missing = false;
  for (const row of X) {
    const v = row[j];
    if (v === null) missing = true; else seen.add(v);
  }
  const out: Category[] = [...seen].sort(byCodePoint);
  if (missing) out.push(null);
  return out;
}

/** How a category appears in feature names and messages: "nan" for a missing value, as scikit-learn's np.nan. */
export const categoryName = (c: Category): string => (c === null ? 'nan' : c);

/** Categories per column: learnt from X ('auto') or given (checked: one list per column, no repeats). */
export function resolveCategories(given: 'auto' | readonly (readonly Category[])[], X: readonly (readonly Category[])[], d: number, who: string): Category[][] {
  if (given === 'auto') return Array.from({ length: d }, (_, j) => sortedCategories(X, j));
  if (given.length !== d) throw new RangeError(`${who}: categories has ${given.length} lists, but X has ${d} columns`);
  return given.map((c, j) => {
    if (new Set(c).size !== c.length) throw new RangeError(`${who}: categories of column ${j} repeat a value`);
    return [...c];
  });
}

/** For each column, a lookup from label to its index among the categories. */
export function categoryIndex(categories: readonly (readonly Category[])[]): Map<Category, number>[] {
  return categories.map((c) => new Map(c.map((v, k) => [v, k])));
}

/** The error for a label not seen in fit. */
export function unknownError(who: string, v: Category, i: number, j: number, name: string): RangeError {
  return new RangeError(`${who}: found unknown category ${v === null ? 'nan (missing)' : formatValue(v)} in column ${j} (${name}) at row ${i}; use handleUnknown to accept it`);
}
