import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PolynomialFeatures, StandardScaler } from '../../src/core/preprocess';

const ref = JSON.parse(readFileSync(new URL('../fixtures/logistic.json', import.meta.url), 'utf8'));
const close = (a: number[][], b: number[][], digits = 12) => {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(b[i][j], digits)));
};

describe('StandardScaler vs scikit-learn', () => {
  const s = ref.preprocess.scaler;

  it('mean, var, scale (constant column → scale 1) and transform', () => {
    const sc = new StandardScaler().fit(s.X);
    sc.mean!.forEach((v, j) => expect(v).toBeCloseTo(s.mean[j], 12));
    sc.var!.forEach((v, j) => expect(v).toBeCloseTo(s.var[j], 12));
    expect(sc.scale).toHaveLength(4);
    sc.scale!.forEach((v, j) => expect(v).toBeCloseTo(s.scale[j], 12));
    expect(sc.scale![3]).toBe(1);
    close(sc.transform(s.X), s.Z);
    close(new StandardScaler().fitTransform(s.X), s.Z);
    expect(sc.nFeaturesIn).toBe(4);
    expect(sc.nSamplesSeen).toBe(12);
  });

  it('inverseTransform undoes transform', () => {
    const sc = new StandardScaler().fit(s.X);
    close(sc.inverseTransform(sc.transform(s.X)), s.X, 10);
  });

  it('withMean = false and withStd = false as scikit-learn', () => {
    const a = new StandardScaler({ withMean: false }).fit(s.X);
    a.scale!.forEach((v, j) => expect(v).toBeCloseTo(s.noMean.scale[j], 12));
    close(a.transform(s.X), s.noMean.Z);
    const b = new StandardScaler({ withStd: false }).fit(s.X);
    expect(b.scale).toBeNull();
    expect(b.var).toBeNull();
    close(b.transform(s.X), s.noStd.Z);
    const c = new StandardScaler({ withMean: false, withStd: false }).fit(s.X);
    expect(c.mean).toBeNull();
    close(c.transform(s.X), s.X);
  });

  it('hand-computed: [[1],[3]] → mean 2, var 1, z = ∓1; a constant offset column is not blown up by rounding', () => {
    const sc = new StandardScaler().fit([[1, 0.1], [3, 0.1]]);
    expect(sc.mean).toEqual([2, 0.1]);
    expect(sc.var![0]).toBe(1);
    expect(sc.scale![1]).toBe(1);
    expect(sc.transform([[1, 0.1], [3, 0.1]])).toEqual([[-1, 0], [1, 0]]);
  });

  it('errors: not fitted, empty, width mismatch, non-finite input', () => {
    expect(() => new StandardScaler().transform([[1]])).toThrow(/fit/);
    expect(() => new StandardScaler().fit([])).toThrow(RangeError);
    expect(() => new StandardScaler().fit([[1, 2], [3]])).toThrow(RangeError);
    expect(() => new StandardScaler().fit([[1], [NaN]])).toThrow(RangeError);
    expect(() => new StandardScaler().fit([[1, 2]]).transform([[1, 2, 3]])).toThrow(/2/);
  });

  it('transformRowInPlace matches transform', () => {
    const sc = new StandardScaler().fit(s.X);
    const row = Float64Array.from(s.X[5]);
    sc.transformRowInPlace(row);
    Array.from(row).forEach((v, j) => expect(v).toBeCloseTo(s.Z[5][j], 12));
  });
});

describe('PolynomialFeatures vs scikit-learn', () => {
  const p = ref.preprocess.poly;
  for (const c of p.cases) {
    it(`degree=${JSON.stringify(c.degree)} interactionOnly=${c.interactionOnly} includeBias=${c.includeBias}`, () => {
      const pf = new PolynomialFeatures({ degree: c.degree, interactionOnly: c.interactionOnly, includeBias: c.includeBias });
      close(pf.fitTransform(p.X), c.out);
      expect(pf.getFeatureNamesOut()).toEqual(c.names);
      expect(pf.powers).toEqual(c.powers);
      expect(pf.nOutputFeatures).toBe(c.names.length);
    });
  }

  it('errors: degree 0 without bias, bad degree, unfitted, width mismatch', () => {
    expect(() => new PolynomialFeatures({ degree: 0, includeBias: false })).toThrow(RangeError);
    expect(() => new PolynomialFeatures({ degree: -1 })).toThrow(RangeError);
    expect(() => new PolynomialFeatures({ degree: [3, 2] })).toThrow(RangeError);
    expect(() => new PolynomialFeatures().transform([[1]])).toThrow(/fit/);
    expect(() => new PolynomialFeatures().fit([[1, 2]]).transform([[1]])).toThrow(RangeError);
    expect(new PolynomialFeatures({ degree: 0 }).fitTransform([[5, 6]])).toEqual([[1]]);
  });
});
