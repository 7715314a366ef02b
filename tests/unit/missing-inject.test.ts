// The MCAR / MAR / MNAR injector: hand-checked properties (there is no scikit-learn reference for it).
import { describe, expect, it } from 'vitest';
import { injectMissing } from '../../src/core/preprocess';
import { Rng } from '../../src/core/random';

const rng = new Rng(7);
const n = 400;
const X = Array.from({ length: n }, () => [rng.normal(), rng.normal(), rng.normal()]);
const count = (mask: boolean[][], j: number) => mask.filter((r) => r[j]).length;
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('injectMissing', () => {
  it('blanks exactly round(rate · n) cells of each target column, the same ones for the same seed', () => {
    for (const mechanism of ['MCAR', 'MAR', 'MNAR'] as const) {
      const a = injectMissing(X, { mechanism, rate: 0.2, seed: 3, columns: [1, 2], driver: 0 });
      expect(count(a.mask, 1)).toBe(80);
      expect(count(a.mask, 2)).toBe(80);
      expect(count(a.mask, 0)).toBe(0);
      a.mask.forEach((r, i) => r.forEach((m, j) => expect(Number.isNaN(a.X[i][j])).toBe(m)));
      expect(injectMissing(X, { mechanism, rate: 0.2, seed: 3, columns: [1, 2], driver: 0 }).mask).toEqual(a.mask);
    }
    expect(X[0].every(Number.isFinite)).toBe(true); // the input is not changed
  });

  it('MCAR: which cells go missing does not depend on any value', () => {
    const a = injectMissing(X, { mechanism: 'MCAR', rate: 0.3, seed: 1, columns: [1] });
    const other = X.map((r) => [r[0] * 5 - 1, -r[1], r[2]]);
    expect(injectMissing(other, { mechanism: 'MCAR', rate: 0.3, seed: 1, columns: [1] }).mask).toEqual(a.mask);
  });

  it('MAR: depends only on the observed driver column (changing the target values changes nothing); high drivers go missing more', () => {
    const a = injectMissing(X, { mechanism: 'MAR', rate: 0.3, seed: 2, columns: [1], driver: 0 });
    const shuffledTarget = X.map((r, i) => [r[0], X[(i * 7) % n][1] * 3, r[2]]);
    expect(injectMissing(shuffledTarget, { mechanism: 'MAR', rate: 0.3, seed: 2, columns: [1], driver: 0 }).mask).toEqual(a.mask);
    const changedDriver = X.map((r) => [-r[0], r[1], r[2]]);
    expect(injectMissing(changedDriver, { mechanism: 'MAR', rate: 0.3, seed: 2, columns: [1], driver: 0 }).mask).not.toEqual(a.mask);
    const drvMissing = X.filter((_, i) => a.mask[i][1]).map((r) => r[0]);
    const drvKept = X.filter((_, i) => !a.mask[i][1]).map((r) => r[0]);
    expect(mean(drvMissing)).toBeGreaterThan(mean(drvKept) + 0.5);
    expect(a.X.every((r) => Number.isFinite(r[0]))).toBe(true); // the driver stays observed
  });

  it('MNAR: depends on the value itself — the lost values are the high ones, so the observed mean is biased low', () => {
    const a = injectMissing(X, { mechanism: 'MNAR', rate: 0.3, seed: 4, columns: [2] });
    const lost = X.filter((_, i) => a.mask[i][2]).map((r) => r[2]);
    const kept = X.filter((_, i) => !a.mask[i][2]).map((r) => r[2]);
    expect(mean(lost)).toBeGreaterThan(mean(kept) + 0.5);
    const otherCols = X.map((r) => [r[0] + 9, r[1] * -2, r[2]]);
    expect(injectMissing(otherCols, { mechanism: 'MNAR', rate: 0.3, seed: 4, columns: [2] }).mask).toEqual(a.mask);
  });

  it('bad options: clear messages', () => {
    expect(() => injectMissing(X, { mechanism: 'MAR', rate: 0.2, columns: [0], driver: 0 })).toThrow(/driver column 0 must stay observed/);
    expect(() => injectMissing(X, { mechanism: 'MCAR', rate: 1 })).toThrow(/rate must be/);
    expect(() => injectMissing(X, { mechanism: 'XYZ' as never, rate: 0.1 })).toThrow(/mechanism must be one of/);
  });
});
