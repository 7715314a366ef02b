// The tall least-squares problems (LinearRegression, Ridge, ridgePath on n ≫ d) read X's rows in blocks: the
// centred rows of [X | y], BLOCK at a time, copied column-major into one small buffer that stays in the processor's
// first-level cache, for a QR update (utils/qr.ts) or a Gram-matrix update. Nothing n-long is allocated, and X is
// read once: copying 10,000 × 10 into columns first (centerData), or a pass for the means before the blocks, cost
// as much as the arithmetic.
//
// Centring in one pass, as Chan, Golub & LeVeque's update for (co)variances: each block is centred on its own mean,
// and one more row, √(nₐ·n_b/n)·(mean_b − meanₐ) against the mean of the nₐ rows before, carries the difference
// between the means. The stacked rows then have exactly the Gram matrix of X centred on its overall mean
// (AᵀA = Σ blocks' own + nₐn_b/n·δδᵀ), so a QR or Gram update of them gives the centred problem's R or XᵀX; every
// subtraction is of nearby numbers (no Σx² − n·mean², which loses digits when the mean is large against the spread).

/** Rows per block: 129 × 11 columns × 8 bytes ≈ 11 KB, inside a 32 KB first-level cache with room to spare. */
export const BLOCK = 128;

export interface Means {
  /** X's column means (zeros without an intercept). */
  xMean: Float64Array;
  /** y's mean (0 without an intercept). */
  yMean: number;
}

/**
 * Calls visit(blk, stride, rows) for each run of up to BLOCK rows of [X | y] (entry (i, j) at blk[j·stride + i],
 * column d holding y), centred as above when fitIntercept (so `rows` counts the extra row after the first block),
 * as given otherwise. The buffer is reused, and visit may overwrite it. X and y are assumed checked (checkXy).
 * Returns the means.
 */
export function centredRowBlocks(
  X: number[][], y: ArrayLike<number>, n: number, d: number, fitIntercept: boolean,
  visit: (blk: Float64Array, stride: number, rows: number) => void,
): Means {
  const m = d + 1, stride = BLOCK + 1; // room for the extra row
  const blk = new Float64Array(m * stride);
  const mean = new Float64Array(m); // of [X | y] over the rows so far
  for (let r = 0; r < n; r += BLOCK) {
    const rows = Math.min(BLOCK, n - r);
    for (let i = 0; i < rows; i++) {
      const row = X[r + i];
      for (let j = 0; j < d; j++) blk[j * stride + i] = row[j];
      blk[d * stride + i] = y[r + i];
    }
    if (!fitIntercept) {
      visit(blk, stride, rows);
      continue;
    }
    const total = r + rows, weight = Math.sqrt((r * rows) / total);
    for (let j = 0; j < m; j++) {
      const o = j * stride;
      let sum = 0;
      for (let i = 0; i < rows; i++) sum += blk[o + i];
      const mu = sum / rows;
      for (let i = 0; i < rows; i++) blk[o + i] -= mu;
      const delta = mu - mean[j];
      blk[o + rows] = weight * delta;
      mean[j] += (delta * rows) / total;
    }
    visit(blk, stride, r > 0 ? rows + 1 : rows); // the first block has no rows before it to differ from
  }
  return { xMean: mean.slice(0, d), yMean: mean[d] };
}

/**
 * G += BᵀB over the block's first `rows` rows: the lower triangle of the m × m row-major G (G[j·m + k], k ≤ j).
 * Four columns k at a time share one read of column j (a quarter of the loads of a dot product per pair).
 */
export function gramAddRows(G: Float64Array, m: number, blk: Float64Array, stride: number, rows: number): void {
  for (let j = 0; j < m; j++) {
    const oj = j * stride, gj = j * m;
    let k = 0;
    for (; k + 3 <= j; k += 4) {
      const o0 = k * stride, o1 = o0 + stride, o2 = o1 + stride, o3 = o2 + stride;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < rows; i++) {
        const a = blk[oj + i];
        s0 += a * blk[o0 + i];
        s1 += a * blk[o1 + i];
        s2 += a * blk[o2 + i];
        s3 += a * blk[o3 + i];
      }
      G[gj + k] += s0; G[gj + k + 1] += s1; G[gj + k + 2] += s2; G[gj + k + 3] += s3;
    }
    for (; k <= j; k++) {
      const ok = k * stride;
      let s = 0;
      for (let i = 0; i < rows; i++) s += blk[oj + i] * blk[ok + i];
      G[gj + k] += s;
    }
  }
}
