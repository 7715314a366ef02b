import { describe, expect, it } from 'vitest';
import { FEATURES, FEATURE_LABELS, FEATURE_NAMES, StandardScaler, expandFeatures, featurizer, isFeatureName } from '../../src/core/preprocess';

describe('expandFeatures', () => {
  it('computes each named feature by hand', () => {
    const X = [[2, -3], [0.5, 0]];
    expect(expandFeatures(X, ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'])).toEqual([
      [2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)],
      [0.5, 0, 0.25, 0, 0, Math.sin(0.5), 0],
    ]);
    expect(expandFeatures(X, ['x1*x2', 'x1'])).toEqual([[-6, 2], [0, 0.5]]);
  });

  it('lists every feature with a human label', () => {
    expect(FEATURE_NAMES).toEqual(['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)']);
    expect(FEATURES.map((f) => f.name)).toEqual([...FEATURE_NAMES]);
    expect(FEATURE_LABELS['x1^2']).toBe('x₁²');
    expect(isFeatureName('x1*x2')).toBe(true);
    expect(isFeatureName('x3')).toBe(false);
  });

  it('errors: unknown feature, no feature, not 2-D', () => {
    // @ts-expect-error: unknown on purpose
    expect(() => expandFeatures([[1, 2]], ['x3'])).toThrow(/unknown feature/);
    expect(() => expandFeatures([[1, 2]], [])).toThrow(RangeError);
    expect(() => expandFeatures([[1, 2, 3]], ['x1'])).toThrow(RangeError);
    expect(expandFeatures([], ['x1'])).toEqual([]);
  });

  it('featurizer writes the same (optionally standardised) values into a typed array', () => {
    const feats = ['x1', 'x1*x2', 'sin(x2)'] as const;
    const X = [[1, 2], [-1, 0.5], [3, -2]];
    const E = expandFeatures(X, [...feats]);
    const sc = new StandardScaler().fit(E);
    const Z = sc.transform(E);
    const f = featurizer([...feats], sc);
    const out = new Float64Array(7);
    f(X[2][0], X[2][1], out, 4);
    expect(out[3]).toBe(0);
    for (let j = 0; j < 3; j++) expect(out[4 + j]).toBeCloseTo(Z[2][j], 12);
    const raw = featurizer([...feats]);
    raw(1, 2, out);
    expect(Array.from(out.slice(0, 3))).toEqual(E[0]);
    expect(() => featurizer(['x1'], sc)).toThrow(RangeError);
  });
});
