import { describe, expect, it } from 'vitest';
import { qrAddRows } from '../../src/core/utils/qr';

/** R (m × m row-major) of the rows given, fed in runs of `sizes` rows (column-major blocks, stride 8). */
function qrOfRows(rows: number[][], sizes: number[]): Float64Array {
  const m = rows[0].length, stride = 8, R = new Float64Array(m * m);
  let r = 0;
  for (const size of sizes) {
    const blk = new Float64Array(m * stride);
    for (let i = 0; i < size; i++) for (let j = 0; j < m; j++) blk[j * stride + i] = rows[r + i][j];
    qrAddRows(R, m, blk, stride, size);
    r += size;
  }
  return R;
}

describe('qrAddRows (Householder, a block of rows at a time)', () => {
  it('a 2 × 2 [a | b] by hand: R = ∓5 and Qᵀb keeps the component along a (b = 2a leaves no residual)', () => {
    const R = qrOfRows([[3, 6], [4, 8]], [2]);
    expect(Math.abs(R[0])).toBeCloseTo(5, 14);
    expect(R[1] / R[0]).toBeCloseTo(2, 14); // R·x = Qᵀb gives x = 2
    expect(R[2]).toBe(0); // below the diagonal
    expect(Math.abs(R[3])).toBeLessThan(1e-14);
  });

  // A 4 × 2 least-squares problem by hand with the targets as the third column: fit y = a + b·t at t = 0..3 to
  // y = 1, 3, 2, 5. Normal equations by hand: Σt = 6, Σt² = 14, Σy = 11, Σty = 22 → b = (4·22 − 6·11) / (4·14 − 36)
  // = 1.1, a = (11 − 6.6) / 4 = 1.1; residuals −0.1, 0.8, −1.3, 0.6, so ‖r‖² = 2.7.
  const rows = [[1, 0, 1], [1, 1, 3], [1, 2, 2], [1, 3, 5]];
  for (const sizes of [[4], [1, 3], [2, 2], [1, 1, 1, 1]]) {
    it(`the least-squares solution, RᵀR = AᵀA and the residual in R's corner, rows fed as ${sizes.join(' + ')}`, () => {
      const R = qrOfRows(rows, sizes);
      const at = (i: number, j: number) => R[i * 3 + j];
      for (const [i, j] of [[1, 0], [2, 0], [2, 1]]) expect(at(i, j)).toBe(0);
      for (let j = 0; j < 3; j++) {
        for (let k = 0; k <= j; k++) {
          let rr = 0, aa = 0;
          for (let i = 0; i < 3; i++) rr += at(i, j) * at(i, k);
          for (const row of rows) aa += row[j] * row[k];
          expect(rr).toBeCloseTo(aa, 12);
        }
      }
      // back substitution on R's leading 2 × 2 with Qᵀy from its last column
      const b = at(1, 2) / at(1, 1);
      const a = (at(0, 2) - at(0, 1) * b) / at(0, 0);
      expect(b).toBeCloseTo(1.1, 12);
      expect(a).toBeCloseTo(1.1, 12);
      expect(at(2, 2) ** 2).toBeCloseTo(2.7, 12);
    });
  }

  it('a zero block column reflects nothing: R keeps its row', () => {
    const R = qrOfRows([[2, 1], [0, 0]], [1, 1]); // after the first row R = [[∓2, ∓1], [0, 0]]; the zero row changes nothing
    expect(Math.abs(R[0])).toBe(2);
    expect(R[1] / R[0]).toBe(0.5);
    expect(R[3]).toBe(0);
  });
});
