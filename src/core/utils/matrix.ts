/** Conversions between the public `number[][]` rows and the flat Float64Arrays the inner loops use (k-means, kNN, PCA). */

/** Flattens rows into a row-major Float64Array after checking they are non-empty, rectangular and finite. */
export function toFlat(X: readonly (readonly number[])[], name = 'X'): { data: Float64Array; n: number; d: number } {
  if (!Array.isArray(X) || X.length === 0) throw new RangeError(`${name} is empty`);
  const n = X.length;
  const d = X[0]?.length ?? 0;
  if (d === 0) throw new RangeError(`${name} has rows with no features`);
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row = X[i];
    if (!row || row.length !== d) {
      throw new RangeError(`${name}: row ${i} has ${row?.length ?? 0} features, expected ${d}`);
    }
    for (let j = 0; j < d; j++) {
      const v = row[j];
      if (!Number.isFinite(v)) throw new RangeError(`${name}: non-finite value at [${i}][${j}]`);
      data[i * d + j] = v;
    }
  }
  return { data, n, d };
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
