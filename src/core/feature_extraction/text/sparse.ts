/**
 * A document–term count matrix in compressed sparse rows (scipy's CSR, what scikit-learn's CountVectorizer
 * returns): row d's terms are `indices[indptr[d] .. indptr[d + 1])` in increasing order, with their counts in
 * `data`. Short documents use a few dozen of thousands of terms, so LDA reads only the non-zeros.
 */
export interface CountMatrix {
  readonly nRows: number;
  readonly nCols: number;
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly data: Float64Array;
}

/** Dense rows (as number[][]) of a CSR matrix: for tests and small views. */
export function toDense(m: CountMatrix): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < m.nRows; r++) {
    const row = new Array<number>(m.nCols).fill(0);
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) row[m.indices[p]] = m.data[p];
    out.push(row);
  }
  return out;
}

/** A CSR matrix from dense rows of non-negative counts (zeros left out); throws on a ragged or non-finite row. */
export function fromDense(X: number[][], who = 'counts'): CountMatrix {
  const nCols = X.length ? X[0].length : 0;
  const indptr = new Int32Array(X.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  X.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== nCols) throw new RangeError(`${who}: every row must have ${nCols} counts; row ${r} has ${Array.isArray(row) ? row.length : 'none'}`);
    row.forEach((v, c) => {
      if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`${who}: counts must be finite and ≥ 0; row ${r}, column ${c} is ${v}`);
      if (v > 0) { idx.push(c); val.push(v); }
    });
    indptr[r + 1] = idx.length;
  });
  return { nRows: X.length, nCols, indptr, indices: Int32Array.from(idx), data: Float64Array.from(val) };
}

/** CSR as given, or dense rows converted. */
export function asCounts(X: CountMatrix | number[][], who?: string): CountMatrix {
  return Array.isArray(X) ? fromDense(X, who) : X;
}

/** The sum of every count (the number of tokens). */
export function totalCount(m: CountMatrix): number {
  let s = 0;
  for (let p = 0; p < m.data.length; p++) s += m.data[p];
  return s;
}
