// core/data makeClassification: the roles hold (redundant columns are exact mixes of the informative ones, noise is
// independent of the class), shares and seeds behave.
import { describe, expect, it } from 'vitest';
import { fClassif, LinearRegression, makeClassification } from '../../src/core';

describe('makeClassification', () => {
  const d = makeClassification({ n: 400, nInformative: 3, nRedundant: 2, nNoise: 3, classSep: 1.5, seed: 4 });
  it('columns in role order', () => {
    expect(d.roles).toEqual(['informative', 'informative', 'informative', 'redundant', 'redundant', 'noise', 'noise', 'noise']);
    expect(d.X[0].length).toBe(8);
  });
  it('each redundant column is a linear combination of the informative ones (R² = 1)', () => {
    const inf = d.X.map((r) => r.slice(0, 3));
    for (const j of [3, 4]) expect(new LinearRegression().fit(inf, d.X.map((r) => r[j])).score(inf, d.X.map((r) => r[j]))).toBeCloseTo(1, 10);
  });
  it('every informative feature separates the two classes; the noise features do not (p > 0.001)', () => {
    const { pvalues } = fClassif(d.X, d.y);
    for (const j of [0, 1, 2]) expect(pvalues[j]).toBeLessThan(1e-10);
    for (const j of [5, 6, 7]) expect(pvalues[j]).toBeGreaterThan(1e-3);
  });
  it('class-1 share and seeds', () => {
    const r = makeClassification({ n: 200, weight1: 0.1, seed: 1 });
    expect(r.y.filter((v) => v === 1).length).toBe(20);
    expect(makeClassification({ n: 50, seed: 3 })).toEqual(makeClassification({ n: 50, seed: 3 }));
    expect(() => makeClassification({ nClasses: 5, nInformative: 2 })).toThrow(/at least 3 informative/);
  });
});
