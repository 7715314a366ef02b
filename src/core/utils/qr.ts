// Householder QR for tall least-squares problems (n samples ≫ d features): X = Q·R reduces the n × d problem to the
// d × d triangle R and the first d entries of Qᵀy, with the same singular values and right singular vectors as X.
// The linear models then run their SVD (utils/svd.ts) on R: O(n·d²) work once instead of O(n·d²) per Jacobi sweep,
// and the reflections are backward stable (no normal equations, whose squared condition number loses digits).

/**
 * Reduces the n × d matrix given by its columns (cols[j][i] = A[i][j], n ≥ d) and right-hand sides `rhs` (length n).
 * Returns R's columns (length d; zero below the diagonal) and the first d entries of Qᵀb for each right-hand side.
 * The inputs are not changed.
 */
export function qrReduce(cols: readonly Float64Array[], n: number, rhs: readonly Float64Array[]): { R: Float64Array[]; qtb: Float64Array[] } {
  const d = cols.length;
  if (n < d) throw new Error(`qrReduce needs at least as many rows as columns (got ${n} × ${d})`);
  const A = cols.map((c) => Float64Array.from(c));
  const B = rhs.map((b) => Float64Array.from(b));
  const diag = new Float64Array(d);
  for (let k = 0; k < d; k++) {
    const v = A[k]; // v[k:] becomes the reflector; R's diagonal entry is kept apart in diag[k]
    let norm = 0;
    for (let i = k; i < n; i++) norm += v[i] * v[i];
    norm = Math.sqrt(norm);
    if (norm === 0) continue; // a zero column below the diagonal: nothing to reflect, R[k][k] = 0
    const alpha = v[k] > 0 ? -norm : norm; // the sign that avoids cancellation in v[k] − alpha
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += v[i] * v[i];
    const reflect = (x: Float64Array) => {
      let dot = 0;
      for (let i = k; i < n; i++) dot += v[i] * x[i];
      const f = (2 * dot) / vv;
      if (f !== 0) for (let i = k; i < n; i++) x[i] -= f * v[i];
    };
    for (let j = k + 1; j < d; j++) reflect(A[j]);
    for (const b of B) reflect(b);
    diag[k] = alpha;
  }
  const R = A.map((col, j) => {
    const r = new Float64Array(d);
    for (let i = 0; i < j; i++) r[i] = col[i];
    r[j] = diag[j];
    return r;
  });
  return { R, qtb: B.map((b) => b.slice(0, d)) };
}
