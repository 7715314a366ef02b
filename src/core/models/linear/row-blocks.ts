// The tall least-squares problems (LinearRegression, Ridge, ridgePath on n ≫ d) read X's rows in blocks: the
// centred rows of [X | y], BLOCK at a time, copied column-major into one small buffer that stays in the processor's
// first-level cache, for a QR update (utils/qr.ts) or a Gram-matrix update. Nothing n-long is allocated, and X is
// read once: on 10,000 × 10, copying X into n-long columns first (centerData) took longer than the Gram matrix's
// arithmetic (~0.35 ms), and a separate pass for the means before the blocks ~0.1 ms more.
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
 * The rows of [X | y] a block at a time: each next() fills `blk` (entry (i, j) at blk[j·stride + i], column d
 * holding y) with up to BLOCK more rows, centred as above when fitIntercept (the count it returns then includes the
 * extra row after the first block), as given otherwise, and returns 0 when all rows are read. The buffer is reused;
 * its reader may overwrite it. X and y are assumed checked (checkXy). A loop in the caller rather than a callback,
 * so the QR and the Gram update are each called from their own loop, not from one call site shared by both.
 */
export class CentredRowBlocks {
  readonly stride = BLOCK + 1; // room for the extra row
  readonly blk: Float64Array;
  /** The means of [X | y] over the rows read so far (zeros without an intercept). */
  private readonly mean: Float64Array;
  private read = 0;

  constructor(
    private readonly X: number[][], private readonly y: ArrayLike<number>, private readonly n: number,
    private readonly d: number, private readonly fitIntercept: boolean,
  ) {
    this.blk = new Float64Array((d + 1) * this.stride);
    this.mean = new Float64Array(d + 1);
  }

  next(): number {
    const { X, y, d, blk, stride, mean } = this, r = this.read, m = d + 1;
    const rows = Math.min(BLOCK, this.n - r);
    if (rows <= 0) return 0;
    this.read = r + rows;
    for (let i = 0; i < rows; i++) {
      const row = X[r + i];
      for (let j = 0; j < d; j++) blk[j * stride + i] = row[j];
      blk[d * stride + i] = y[r + i];
    }
    if (!this.fitIntercept) return rows;
    const total = r + rows, weight = Math.sqrt((r * rows) / total);
    for (let j = 0; j < m; j++) {
      const o = j * stride;
      const mu = columnSum(blk, o, rows) / rows;
      for (let i = 0; i < rows; i++) blk[o + i] -= mu;
      const delta = mu - mean[j];
      blk[o + rows] = weight * delta;
      mean[j] += (delta * rows) / total;
    }
    return r > 0 ? rows + 1 : rows; // the first block has no rows before it to differ from
  }

  /** X's and y's means (once every block is read). */
  means(): Means {
    return { xMean: this.mean.slice(0, this.d), yMean: this.mean[this.d] };
  }
}

/** blk[o] + … + blk[o + rows − 1], in four running sums: one sum waits for each addition before the next. */
function columnSum(blk: Float64Array, o: number, rows: number): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, i = 0;
  for (; i + 4 <= rows; i += 4) {
    s0 += blk[o + i];
    s1 += blk[o + i + 1];
    s2 += blk[o + i + 2];
    s3 += blk[o + i + 3];
  }
  for (; i < rows; i++) s0 += blk[o + i];
  return (s0 + s1) + (s2 + s3);
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
