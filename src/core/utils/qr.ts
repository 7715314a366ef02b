// Householder QR for tall least-squares problems (n samples ≫ d features), fed a block of rows at a time (as TSQR's
// streaming form): after all blocks, R (m × m, upper triangular) satisfies RᵀR = AᵀA for the whole n × m matrix A,
// and with the right-hand side as A's last column, R's last column holds Qᵀy and R's corner the residual's norm.
// The linear models then run their SVD (utils/svd.ts) on R: O(n·m²) work once instead of per Jacobi sweep, and the
// reflections are backward stable (no normal equations, whose squared condition number loses digits).
//
// Written by hand rather than with ml-matrix's QrDecomposition, because the library was the bottleneck: on the
// 10,000 × 11 problem of bench/suites/linear.ts it took 12–19 ms (plus 2–12 ms to build its Matrix from the rows),
// more than scikit-learn's whole fit (~9 ms). Here each block (a few KB, column-major) stays in the processor's
// first-level cache and nothing n-long is allocated.

/**
 * Reflects `rows` more rows into R. `R` is m × m row-major (R[k·m + j], zero below the diagonal; start from zeros);
 * the block is column-major: entry (i, j) at blk[j·stride + i], i < rows. The block is overwritten (used as work
 * space). Each step k is one Householder reflection of the stacked [R; block] that zeroes block column k against
 * R's diagonal entry; R's rows other than k and the block's other columns are untouched by it.
 */
export function qrAddRows(R: Float64Array, m: number, blk: Float64Array, stride: number, rows: number): void {
  for (let k = 0; k < m; k++) {
    const ok = k * stride, rk = k * m;
    let s = 0;
    for (let i = 0; i < rows; i++) s += blk[ok + i] * blk[ok + i];
    if (s === 0) continue; // nothing below R's diagonal entry in this column: no reflection needed
    const rkk = R[rk + k];
    const norm = Math.sqrt(rkk * rkk + s);
    const alpha = rkk > 0 ? -norm : norm; // the sign that avoids cancellation in v0 = rkk − alpha
    const v0 = rkk - alpha;
    // reflector v = [v0; block column k], H = I − tau·v·vᵀ with tau = 2 / vᵀv
    const tau = 2 / (v0 * v0 + s);
    for (let j = k + 1; j < m; j++) {
      const oj = j * stride;
      let dot = v0 * R[rk + j];
      for (let i = 0; i < rows; i++) dot += blk[ok + i] * blk[oj + i];
      const f = tau * dot;
      if (f === 0) continue;
      R[rk + j] -= f * v0;
      for (let i = 0; i < rows; i++) blk[oj + i] -= f * blk[ok + i];
    }
    R[rk + k] = alpha;
  }
}
