// What the data-preparation transformers share: rows that may hold NaN (a missing value, as scikit-learn's
// force_all_finite='allow-nan'), default feature names ("x0", "x1", ...), NaN-aware column statistics and the
// "was missing" indicator columns of SimpleImputer and KNNImputer (scikit-learn's MissingIndicator, features='missing-only').
import { formatValue } from '../validation';

/** Rows of numbers where NaN means missing; ±Infinity and non-numbers are refused. Returns the shape. */
export function checkNaNRows(X: unknown, who: string, o: { nFeatures?: number; minSamples?: number } = {}): { n: number; d: number } {
  if (!Array.isArray(X)) throw new TypeError(`${who}: X must be an array of rows (number[][]); got ${formatValue(X)}`);
  const n = X.length, minSamples = o.minSamples ?? 1;
  if (n < minSamples) throw new RangeError(`${who}: X is empty: it has no rows`);
  if (n === 0) return { n: 0, d: o.nFeatures ?? 0 };
  const d = Array.isArray(X[0]) || ArrayBuffer.isView(X[0]) ? (X[0] as ArrayLike<unknown>).length : -1;
  if (d < 1) throw new TypeError(`${who}: X row 0 is not a non-empty array of numbers`);
  for (let i = 0; i < n; i++) {
    const row = X[i] as ArrayLike<unknown>;
    if (!(Array.isArray(row) || ArrayBuffer.isView(row)) || row.length !== d) {
      throw new RangeError(`${who}: X row ${i} has ${(row as { length?: number })?.length ?? 'no'} features, but row 0 has ${d}: every row needs the same number`);
    }
    for (let j = 0; j < d; j++) {
      const v = row[j];
      if (typeof v !== 'number') throw new RangeError(`${who}: X contains a non-number (${formatValue(v)}) at row ${i}, column ${j}`);
      if (v === Infinity || v === -Infinity) throw new RangeError(`${who}: X contains ${v} at row ${i}, column ${j}`);
    }
  }
  if (o.nFeatures !== undefined && d !== o.nFeatures) {
    throw new RangeError(`${who}: X has ${d} features, expected ${o.nFeatures} (as many as it was fitted on)`);
  }
  return { n, d };
}

/** Column j's non-missing values, sorted ascending. */
export function presentSorted(X: readonly ArrayLike<number>[], j: number): number[] {
  const v: number[] = [];
  for (const row of X) if (!Number.isNaN(row[j])) v.push(row[j]);
  return v.sort((a, b) => a - b);
}

/** The q-th percentile (0–100) of sorted values with linear interpolation (numpy's default); NaN if empty. */
export function percentile(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (q / 100) * (n - 1), lo = Math.floor(pos), hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Columns with at least one missing value (the indicator's features). */
export function columnsWithMissing(X: readonly ArrayLike<number>[], d: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < d; j++) if (X.some((row) => Number.isNaN(row[j]))) out.push(j);
  return out;
}

/** 1 where the cell of each indicator column is missing, else 0. */
export function indicatorRow(row: ArrayLike<number>, features: readonly number[]): number[] {
  return features.map((j) => (Number.isNaN(row[j]) ? 1 : 0));
}

/** "missingindicator_<name>" for each indicator column, as scikit-learn names them. */
export function indicatorNames(names: readonly string[], features: readonly number[]): string[] {
  return features.map((j) => `missingindicator_${names[j]}`);
}
