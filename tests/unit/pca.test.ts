import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PCA } from '../../src/core/models/decomposition';
import { parseDigits } from '../../src/core/datasets/parse';

const fx = JSON.parse(readFileSync(new URL('../fixtures/clustering.json', import.meta.url), 'utf8'));
const digits = parseDigits(
  new Uint8Array(readFileSync(new URL('../../datasets/digits8x8.bin', import.meta.url))),
  new Uint8Array(readFileSync(new URL('../../datasets/digits8x8-labels.bin', import.meta.url))),
);

const near = (a: number[], b: number[], tol: number) =>
  a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThan(tol * Math.max(1, Math.abs(b[i]))));

describe('PCA equals scikit-learn (svd_solver="full"), signs included', () => {
  for (const c of fx.pca) {
    it(c.name, () => {
      const X = c.X ?? digits.X;
      const p = new PCA({ nComponents: c.nComponents ?? undefined, whiten: c.whiten }).fit(X);
      expect(p.nComponents).toBe(c.components.length);
      p.components.forEach((row, i) => near(row, c.components[i], 1e-9));
      near(p.explainedVariance, c.explainedVariance, 1e-10);
      near(p.explainedVarianceRatio, c.explainedVarianceRatio, 1e-10);
      near(p.singularValues, c.singularValues, 1e-10);
      near(p.mean, c.mean, 1e-12);
      expect(p.noiseVariance).toBeCloseTo(c.noiseVariance, 9);
      p.transform(X.slice(0, 6)).forEach((row, i) => near(row, c.transform[i], 1e-9));
      p.inverseTransform(c.transform).forEach((row, i) => near(row, c.inverseTransform[i], 1e-9));
    });
  }
});

describe('PCA by hand and edge cases', () => {
  it('points on a line: one component carries all variance, reconstruction is exact', () => {
    const X = [[0, 0], [1, 2], [2, 4], [3, 6]];
    const p = new PCA().fit(X);
    expect(p.explainedVarianceRatio[0]).toBeCloseTo(1, 12);
    expect(p.explainedVariance[0]).toBeCloseTo((5 * (1.5 ** 2 * 2 + 0.5 ** 2 * 2)) / 3, 12);
    expect(Math.abs(p.components[0][0])).toBeCloseTo(1 / Math.sqrt(5), 12);
    const one = new PCA({ nComponents: 1 }).fit(X);
    one.inverseTransform(one.transform(X)).forEach((r, i) => near(r, X[i], 1e-12));
    // sign: the point with the largest |score| (the ends tie; the first one, [0,0], wins) is positive
    expect(one.transform([[0, 0]])[0][0]).toBeGreaterThan(0);
  });
  it('whitened scores have unit variance (n − 1)', () => {
    const X = fx.pca[0].X as number[][];
    const Z = new PCA({ nComponents: 2, whiten: true }).fitTransform(X);
    for (const c of [0, 1]) {
      const v = Z.reduce((s, r) => s + r[c] ** 2, 0) / (Z.length - 1);
      expect(v).toBeCloseTo(1, 10);
    }
  });
  it('a fraction keeps the fewest components whose cumulative ratio exceeds it', () => {
    const X = fx.pca[0].X as number[][]; // iris: ratios .9246, .0531, ...
    expect(new PCA({ nComponents: 0.9 }).fit(X).nComponents).toBe(1);
    expect(new PCA({ nComponents: 0.95 }).fit(X).nComponents).toBe(2);
  });
  it('more features than samples', () => {
    const p = new PCA().fit([[1, 2, 3, 4], [2, 0, 1, 5], [0, 1, 1, 1]]);
    expect(p.nComponents).toBe(3);
    expect(p.explainedVariance[2]).toBeCloseTo(0, 10);
    expect(p.explainedVarianceRatio.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });
  it('clear errors', () => {
    expect(() => new PCA({ nComponents: 0 })).toThrow(/nComponents/);
    expect(() => new PCA({ nComponents: 1.5 })).toThrow(/nComponents/);
    expect(() => new PCA().fit([[1, 2]])).toThrow('PCA.fit: X has 1 row, but at least 2 are needed (the variance divides by n − 1)');
    expect(() => new PCA({ nComponents: 3 }).fit([[1, 2], [3, 4], [5, 7]])).toThrow(/between 1 and/);
    expect(() => new PCA().fit([])).toThrow(/empty/);
    expect(() => new PCA().transform([[1]])).toThrow(/not fitted/);
    const p = new PCA({ nComponents: 1 }).fit([[1, 2], [3, 4], [5, 7]]);
    expect(() => p.transform([[1, 2, 3]])).toThrow('PCA.transform: X has 3 features, expected 2 (as many as the model was fitted on)');
    expect(() => p.inverseTransform([[1, 2]])).toThrow('PCA.inverseTransform: Z has 2 features, expected 1 (one per component)');
  });
});
