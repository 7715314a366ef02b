import { describe, expect, it } from 'vitest';
import { qrReduce } from '../../src/core/utils/qr';

const col = (...v: number[]) => Float64Array.from(v);

describe('qrReduce (Householder)', () => {
  it('a 2 × 1 column by hand: R = ∓5 and Qᵀb keeps the component along the column', () => {
    const { R, qtb } = qrReduce([col(3, 4)], 2, [col(6, 8)]);
    expect(Math.abs(R[0][0])).toBeCloseTo(5, 14);
    // b = 2a, so Qᵀb's first entry is ±10 with R's sign (R·x = Qᵀb gives x = 2)
    expect(qtb[0][0] / R[0][0]).toBeCloseTo(2, 14);
  });

  it('keeps RᵀR = AᵀA, a zero lower triangle, and the least-squares solution of R·x = Qᵀb', () => {
    // A 4 × 2 with a hand-solvable least-squares problem: fit y = a + b·t at t = 0..3 to y = 1, 3, 2, 5
    const A = [col(1, 1, 1, 1), col(0, 1, 2, 3)];
    const y = col(1, 3, 2, 5);
    const { R, qtb } = qrReduce(A, 4, [y]);
    expect(R[0][1]).toBe(0); // column 0 has nothing below the diagonal
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i], 0);
    for (const [i, j] of [[0, 0], [0, 1], [1, 1]]) expect(dot(R[i], R[j])).toBeCloseTo(dot(A[i], A[j]), 12);
    // back substitution: R[1][1]·b = qtb[1], R[0][0]·a + R[1][0]·b = qtb[0]
    const b = qtb[0][1] / R[1][1];
    const a = (qtb[0][0] - R[1][0] * b) / R[0][0];
    // normal equations by hand: Σt = 6, Σt² = 14, Σy = 11, Σty = 22 → b = (4·22 − 6·11) / (4·14 − 36) = 1.1, a = (11 − 6.6) / 4 = 1.1
    expect(b).toBeCloseTo(1.1, 12);
    expect(a).toBeCloseTo(1.1, 12);
    expect(Array.from(A[1])).toEqual([0, 1, 2, 3]); // inputs unchanged
  });

  it('refuses a wide matrix', () => {
    expect(() => qrReduce([col(1), col(2)], 1, [])).toThrow(/at least as many rows/);
  });
});
