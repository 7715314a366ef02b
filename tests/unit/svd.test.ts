// core's thin SVD (one-sided Jacobi) on hand-computed cases: the singular values of known matrices, U·diag(s)·Vᵀ = A,
// orthonormal columns, tall and wide shapes, a rank-deficient matrix and a zero matrix.
import { describe, expect, it } from 'vitest';
import { thinSvd } from '../../src/core/utils/svd';

const colsOf = (rows: number[][]) => rows[0].map((_, j) => Float64Array.from(rows, (r) => r[j]));
function check(rows: number[][]) {
  const n = rows.length, d = rows[0].length;
  const { s, u, v } = thinSvd(colsOf(rows), n);
  expect(s.length).toBe(Math.min(n, d));
  for (let k = 1; k < s.length; k++) expect(s[k]).toBeLessThanOrEqual(s[k - 1]);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) {
    const a = s.reduce((t, sk, k) => t + u[k][i] * sk * v[k][j], 0);
    expect(a).toBeCloseTo(rows[i][j], 12);
  }
  const dot = (a: Float64Array, b: Float64Array) => a.reduce((t, x, i) => t + x * b[i], 0);
  for (let k = 0; k < s.length; k++) for (let l = 0; l < s.length; l++) {
    expect(dot(v[k], v[l])).toBeCloseTo(k === l ? 1 : 0, 12);
    if (s[k] > 0 && s[l] > 0) expect(dot(u[k], u[l])).toBeCloseTo(k === l ? 1 : 0, 12);
  }
  return s;
}

describe('thinSvd', () => {
  it('[[3, 0], [4, 5]] has singular values 3√5 and √5', () => {
    const s = check([[3, 0], [4, 5]]);
    expect(s[0]).toBeCloseTo(3 * Math.sqrt(5), 14);
    expect(s[1]).toBeCloseTo(Math.sqrt(5), 14);
  });
  it('a tall matrix with orthogonal columns: the column norms', () => {
    const s = check([[1, 2], [1, -2], [1, 2], [1, -2]]);
    expect(s).toEqual([4, 2].map((x) => expect.closeTo(x, 14)));
  });
  it('a wide matrix (fewer rows than columns): as its transpose', () => {
    const s = check([[1, 0, 1], [0, 1, 1]]);
    // AAᵀ = [[2, 1], [1, 2]]: eigenvalues 3 and 1
    expect(s[0]).toBeCloseTo(Math.sqrt(3), 14);
    expect(s[1]).toBeCloseTo(1, 14);
  });
  it('rank-deficient and zero matrices: exact zeros where they belong', () => {
    const s = check([[1, 2, 3], [2, 4, 6], [3, 6, 9.000000001]]);
    expect(s[0]).toBeCloseTo(14, 6);
    expect(s[2]).toBeLessThan(1e-9);
    expect(check([[0, 0], [0, 0], [0, 0]])).toEqual([0, 0]);
  });
  it('a tiny singular value keeps its relative accuracy (diag(1, 1e-12) rotated)', () => {
    const c = Math.cos(0.3), sn = Math.sin(0.3);
    const s = check([[c, -sn * 1e-12], [sn, c * 1e-12]]);
    expect(s[1] / 1e-12).toBeCloseTo(1, 6);
  });
});
