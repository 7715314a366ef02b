/**
 * Conversions between the public `number[][]` rows and the flat row-major Float64Arrays the inner loops use
 * (k-means, kNN, PCA, logistic regression). No checks here: callers check with core/validation first.
 */

/**
 * A row-major matrix in one buffer: row i is data[i·cols … (i+1)·cols). Models that take `number[][]` rows also take
 * this (checked by core/validation's checkMatrix) and use the buffer as it is, without a per-row copy.
 */
export interface Matrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

/** n rows of d numbers (already checked) into one row-major Float64Array. */
export function toFlat(X: readonly ArrayLike<number>[], n: number, d: number): Float64Array {
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row = X[i];
    for (let j = 0; j < d; j++) data[i * d + j] = row[j];
  }
  return data;
}

/** Rows of a row-major flat array as `number[][]`. */
export function toRows(data: ArrayLike<number>, n: number, d: number): number[][] {
  const out: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(d);
    for (let j = 0; j < d; j++) row[j] = data[i * d + j];
    out[i] = row;
  }
  return out;
}
