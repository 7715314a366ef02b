// The inputs a ColumnTransformer takes: a DataTable (columns by name) or rows of numbers (columns by index, named
// x0, x1, ... as scikit-learn names the columns of an array), and how a selection of columns is handed to a
// transformer: as numbers (NaN = missing) or, for an encoder, as labels (null = missing).
import { isNumericColumn, type DataColumn, type DataTable } from '../data/table';
import type { Category } from './categories';

export type Frame = DataTable | number[][];
export type ColumnRef = string | number;

export function isTable(X: unknown): X is DataTable {
  return typeof X === 'object' && X !== null && !Array.isArray(X) && Array.isArray((X as DataTable).columns);
}

/** The column names of a frame (a table's names, or x0 … for rows). */
export function frameNames(X: Frame): string[] {
  if (isTable(X)) return X.columns.map((c) => c.name);
  return X.length ? Array.from({ length: X[0].length }, (_, j) => `x${j}`) : [];
}

export function frameRows(X: Frame): number {
  return isTable(X) ? X.nRows : X.length;
}

/** The indices of the referenced columns (by name or index), with a clear message for one that does not exist. */
export function resolveColumns(X: Frame, refs: readonly ColumnRef[], who: string): number[] {
  const names = frameNames(X);
  return refs.map((r) => {
    const j = typeof r === 'number' ? r : names.indexOf(r);
    if (!(Number.isInteger(j) && j >= 0 && j < names.length)) {
      throw new RangeError(`${who}: no column ${typeof r === 'number' ? r : `'${r}'`}; the columns are ${names.map((n) => `'${n}'`).join(', ')}`);
    }
    return j;
  });
}

function columnNumbers(c: DataColumn, who: string): ArrayLike<number> {
  if (isNumericColumn(c)) return c.values;
  return c.values.map((v, i) => {
    if (v === null) return NaN;
    const x = Number(v);
    if (v.trim() === '' || !Number.isFinite(x)) {
      throw new RangeError(`${who}: column '${c.name}' holds labels ('${v}' in row ${i}); encode it first (OneHotEncoder or OrdinalEncoder)`);
    }
    return x;
  });
}

/** The selected columns as rows of numbers. */
export function selectNumbers(X: Frame, cols: readonly number[], who: string): number[][] {
  if (!isTable(X)) return X.map((row) => cols.map((j) => row[j]));
  const data = cols.map((j) => columnNumbers(X.columns[j], who));
  return Array.from({ length: X.nRows }, (_, i) => data.map((c) => c[i]));
}

/** The selected columns as rows of labels (a number as its shortest decimal, NaN as null). */
export function selectLabels(X: Frame, cols: readonly number[]): Category[][] {
  const num = (v: number): Category => (Number.isNaN(v) ? null : String(v));
  if (!isTable(X)) return X.map((row) => cols.map((j) => num(row[j])));
  const data = cols.map((j) => {
    const c = X.columns[j];
    return isNumericColumn(c) ? Array.from(c.values, num) : c.values;
  });
  return Array.from({ length: X.nRows }, (_, i) => data.map((c) => c[i]));
}

/** The given rows of a frame (a table keeps its column kinds). */
export function takeRows<F extends Frame>(X: F, idx: readonly number[]): F {
  if (!isTable(X)) return idx.map((i) => (X as number[][])[i]) as F;
  const columns = X.columns.map((c): DataColumn => (isNumericColumn(c)
    ? { name: c.name, kind: c.kind, values: Float64Array.from(idx, (i) => c.values[i]) }
    : { name: c.name, kind: c.kind, values: idx.map((i) => c.values[i]) }));
  return { ...X, nRows: idx.length, columns } as F;
}
