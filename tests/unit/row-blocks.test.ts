import { describe, expect, it } from 'vitest';
import { BLOCK, CentredRowBlocks, gramAddRows } from '../../src/core/models/linear/row-blocks';
import { qrAddRows } from '../../src/core/utils/qr';

// 2.5 blocks of rows, sorted along a trend with a large offset (1e8, where Σx² − n·x̄² would lose all but a few digits), so the blocks' means differ by far more than
// the spread inside a block: the one-pass centring must still give X's centred Gram matrix. The reference is the
// textbook two-pass sum Σ(x − x̄)(z − z̄) over the whole columns.
const n = Math.floor(2.5 * BLOCK), d = 3;
const X = Array.from({ length: n }, (_, i) => [1e8 + 10 * i + Math.sin(i), Math.cos(3 * i), (i % 7) - 3]);
const y = X.map((row, i) => 2 * row[0] - row[1] + 0.1 * Math.sin(7 * i));
const cols = [...Array.from({ length: d }, (_, j) => X.map((row) => row[j])), y];
const mean = cols.map((c) => c.reduce((s, v) => s + v, 0) / n);
const centred = (j: number, k: number) => cols[j].reduce((s, v, i) => s + (v - mean[j]) * (cols[k][i] - mean[k]), 0);

describe('CentredRowBlocks (one pass over the rows, Chan et al.’s update of the means)', () => {
  it('the Gram matrix of the blocks is the centred [X | y]’s, and the means are X’s and y’s', () => {
    const m = d + 1, G = new Float64Array(m * m);
    const b = new CentredRowBlocks(X, y, n, d, true);
    for (let rows = b.next(); rows > 0; rows = b.next()) gramAddRows(G, m, b.blk, b.stride, rows);
    const means = b.means();
    for (let j = 0; j < m; j++) {
      for (let k = 0; k <= j; k++) {
        const ref = centred(j, k);
        expect(Math.abs(G[j * m + k] - ref), `G[${j}][${k}] = ${G[j * m + k]} vs ${ref}`).toBeLessThan(1e-9 * Math.sqrt(centred(j, j) * centred(k, k)));
      }
    }
    for (let j = 0; j <= d; j++) {
      const got = j < d ? means.xMean[j] : means.yMean;
      expect(Math.abs(got - mean[j]), `mean ${j}`).toBeLessThanOrEqual(1e-14 * Math.abs(mean[j]) + 1e-15);
    }
  });

  it('the QR route gives the same RᵀR', () => {
    const m = d + 1, R = new Float64Array(m * m);
    const b = new CentredRowBlocks(X, y, n, d, true);
    for (let rows = b.next(); rows > 0; rows = b.next()) qrAddRows(R, m, b.blk, b.stride, rows);
    for (let j = 0; j < m; j++) {
      for (let k = 0; k <= j; k++) {
        let rr = 0;
        for (let i = 0; i <= k; i++) rr += R[i * m + j] * R[i * m + k];
        expect(Math.abs(rr - centred(j, k))).toBeLessThan(1e-9 * Math.sqrt(centred(j, j) * centred(k, k)));
      }
    }
  });

  it('without an intercept the rows are passed as given', () => {
    const m = d + 1, G = new Float64Array(m * m);
    const b = new CentredRowBlocks(X, y, n, d, false);
    for (let rows = b.next(); rows > 0; rows = b.next()) gramAddRows(G, m, b.blk, b.stride, rows);
    const means = b.means();
    const raw = cols[0].reduce((s, v) => s + v * v, 0);
    expect(Math.abs(G[0] - raw) / raw).toBeLessThan(1e-14);
    expect(Array.from(means.xMean)).toEqual([0, 0, 0]);
    expect(means.yMean).toBe(0);
  });
});
