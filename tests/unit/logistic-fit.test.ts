import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FEATURE_NAMES, LogisticRegression, makeLinearlySeparable, featurizer, StandardScaler, expandFeatures } from '../../src/core';

const ref = JSON.parse(readFileSync(new URL('../fixtures/logistic.json', import.meta.url), 'utf8')).logistic;

describe('LogisticRegression.fit reaches scikit-learn\'s optimum', () => {
  for (const f of ref.fits) {
    it(`${f.dataset} penalty=${f.penalty} C=${f.C}${f.fitIntercept ? '' : ' no intercept'}: coef, intercept, proba within 1e-4`, () => {
      const { X, y } = ref.datasets[f.dataset];
      const m = new LogisticRegression({ penalty: f.penalty, C: f.C, fitIntercept: f.fitIntercept }).fit(X, y);
      expect(m.converged).toBe(true);
      expect(m.coef).toHaveLength(f.coef.length);
      m.coef.forEach((c, j) => expect(Math.abs(c - f.coef[j])).toBeLessThan(1e-4));
      expect(Math.abs(m.intercept - f.intercept)).toBeLessThan(1e-4);
      m.predictProba(X.slice(0, 5)).forEach((row, i) => {
        expect(Math.abs(row[0] - f.probaFirst5[i][0])).toBeLessThan(1e-4);
        expect(Math.abs(row[1] - f.probaFirst5[i][1])).toBeLessThan(1e-4);
        expect(row[0] + row[1]).toBeCloseTo(1, 12);
      });
      // L1: exact zeros where the optimum has zeros.
      if (f.penalty === 'l1') f.coef.forEach((c: number, j: number) => { if (c === 0) expect(m.coef[j]).toBe(0); });
    });
  }

  it('is much closer than 1e-4 in fact (Newton converges quadratically): 1e-7 on every fixture', () => {
    let worst = 0;
    for (const f of ref.fits) {
      const { X, y } = ref.datasets[f.dataset];
      const m = new LogisticRegression({ penalty: f.penalty, C: f.C, fitIntercept: f.fitIntercept }).fit(X, y);
      worst = Math.max(worst, ...m.coef.map((c, j) => Math.abs(c - f.coef[j])), Math.abs(m.intercept - f.intercept));
    }
    expect(worst).toBeLessThan(1e-7);
  });
});

describe('LogisticRegression: separable data, labels, errors', () => {
  it('separable data without a penalty: stops at maxIter with finite weights, reports it', () => {
    const { X, y } = makeLinearlySeparable({ n: 60, seed: 2, margin: 0.3 });
    const m = new LogisticRegression({ penalty: 'none', maxIter: 30 }).fit(X, y);
    expect(m.converged).toBe(false);
    expect(m.nIter).toBe(30);
    const few = new LogisticRegression({ penalty: 'none', maxIter: 5 }).fit(X, y);
    expect(few.nIter).toBe(5);
    expect(few.converged).toBe(false);
    expect([...m.coef, m.intercept].every(Number.isFinite)).toBe(true);
    expect(Math.hypot(...m.coef)).toBeGreaterThan(10);
    expect(m.score(X, y)).toBe(1);
    m.predictProba(X).flat().forEach((p) => expect(Number.isFinite(p)).toBe(true));
    // With maxIter large the weights still stay finite (the Hessian underflows; Levenberg shift and line search hold).
    // With a large maxIter the weights grow until the loss is flat to machine precision, then fit stops there
    // (nIter < maxIter): still finite, every training probability on the right side.
    const big = new LogisticRegression({ penalty: 'none', maxIter: 2000 }).fit(X, y);
    expect([...big.coef, big.intercept].every(Number.isFinite)).toBe(true);
    expect(big.nIter).toBeLessThan(2000);
    expect(Math.hypot(...big.coef)).toBeGreaterThan(Math.hypot(...m.coef));
    big.predictProba(X).forEach((p, i) => expect(p[y[i]]).toBeGreaterThan(0.999999));
    // With a penalty the optimum is finite and fit converges.
    expect(new LogisticRegression({ penalty: 'l2', C: 10 }).fit(X, y).converged).toBe(true);
    expect(new LogisticRegression({ penalty: 'l1', C: 10 }).fit(X, y).converged).toBe(true);
  });

  it('hand-computed: one feature, symmetric data → intercept 0 and the closed-form weight', () => {
    // x = ±1 with labels: at x=1 three of four are 1, at x=−1 three of four are 0. No penalty: σ(w) = 3/4 → w = ln 3, b = 0.
    const X = [[1], [1], [1], [1], [-1], [-1], [-1], [-1]];
    const y = [1, 1, 1, 0, 0, 0, 0, 1];
    const m = new LogisticRegression({ penalty: 'none' }).fit(X, y);
    expect(m.coef[0]).toBeCloseTo(Math.log(3), 10);
    expect(m.intercept).toBeCloseTo(0, 10);
    expect(m.predict([[2], [-2]])).toEqual([1, 0]);
    expect(m.decisionFunction([[1]])[0]).toBeCloseTo(Math.log(3), 10);
    expect(m.score(X, y)).toBe(0.75);
  });

  it('rejects labels other than 0/1 and single-class data with clear messages', () => {
    const X = [[0], [1], [2]];
    expect(() => new LogisticRegression().fit(X, [0, 1, 2])).toThrow('LogisticRegression.fit: y contains 2 at index 2, but only the labels 0 and 1 are accepted');
    expect(() => new LogisticRegression().fit(X, [-1, 1, 1])).toThrow(/labels 0 and 1/);
    expect(() => new LogisticRegression().fit(X, [1, 1, 1])).toThrow('LogisticRegression.fit: y contains only one class (1), but at least 2 are needed');
    expect(() => new LogisticRegression().start(X, [0, 0, 0])).toThrow('LogisticRegression.start: y contains only one class (0)');
    expect(() => new LogisticRegression().fit([], [])).toThrow(/empty/);
    expect(() => new LogisticRegression().fit(X, [0, 1])).toThrow('LogisticRegression.fit: X and y have different lengths (3 vs 2)');
    expect(() => new LogisticRegression().fit([[0], [NaN]], [0, 1])).toThrow('LogisticRegression.fit: X contains NaN at row 1, column 0');
  });

  it('rejects bad options and use before fit', () => {
    expect(new LogisticRegression({ penalty: null }).penalty).toBe('none');
    expect(new LogisticRegression().penalty).toBe('l2');
    expect(() => new LogisticRegression({ C: 0 })).toThrow(RangeError);
    expect(() => new LogisticRegression({ C: -1 })).toThrow(RangeError);
    // @ts-expect-error: wrong on purpose
    expect(() => new LogisticRegression({ penalty: 'elasticnet' })).toThrow("LogisticRegression: penalty must be one of 'none', 'l1', 'l2'; got 'elasticnet'");
    // @ts-expect-error: wrong on purpose
    expect(() => new LogisticRegression({ optimizer: 'rmsprop' })).toThrow(/optimizer/);
    expect(() => new LogisticRegression({ batchSize: 0 })).toThrow(RangeError);
    expect(() => new LogisticRegression({ learningRate: NaN })).toThrow(RangeError);
    expect(() => new LogisticRegression({ maxIter: 0 })).toThrow(RangeError);
    expect(() => new LogisticRegression({ optimizer: 'momentum', momentum: 1.5 })).toThrow(/momentum/);
    expect(() => new LogisticRegression({ optimizer: 'adam', beta2: 1 })).toThrow(/beta2/);
    const m = new LogisticRegression();
    expect(() => m.predict([[1]])).toThrow(/fit/);
    expect(() => m.coef).toThrow(/fit/);
    expect(() => m.step()).toThrow('LogisticRegression.step: call start(X, y) first');
    m.fit([[0, 1], [1, 0], [1, 1], [0, 0]], [0, 1, 1, 0]);
    expect(() => m.predict([[1, 2, 3]])).toThrow('LogisticRegression.predict: X has 3 features, expected 2');
  });
});

describe('fast prediction paths', () => {
  const { X, y } = ref.datasets.moons5;
  const m = new LogisticRegression({ C: 1 }).fit(X, y);

  it('probaInto equals predictProba', () => {
    const flat = Float64Array.from(X.flat());
    const out = m.probaInto(new Float32Array(X.length), flat);
    const P = m.predictProba(X);
    P.forEach((row: number[], i: number) => expect(out[i]).toBeCloseTo(row[1], 6));
  });

  it('predictProbaGrid: cell centres, row 0 at the top, with and without a featurizer', () => {
    const raw = new LogisticRegression({ penalty: 'none' }).fit([[0, 0], [1, 1], [0, 1], [1, 0], [0.2, 0.9], [0.9, 0.1]], [0, 1, 1, 0, 0, 1]);
    const g = raw.predictProbaGrid({ x: [0, 4], y: [0, 2], nx: 4, ny: 2 });
    expect(g).toHaveLength(8);
    // Row 0, column 1 is the cell centred at (1.5, 1.5).
    expect(g[1]).toBeCloseTo(raw.predictProba([[1.5, 1.5]])[0][1], 6);
    expect(g[4 + 3]).toBeCloseTo(raw.predictProba([[3.5, 0.5]])[0][1], 6);
    expect(() => m.predictProbaGrid({ x: [0, 1], y: [0, 1], nx: 2, ny: 2 })).toThrow(/featurize/);

    // With features + scaler, the grid equals the model on transformed points.
    const feats = ['x1', 'x2', 'x1^2', 'x1*x2'] as const;
    const pts = [[0.1, 0.2], [1, -1], [-0.5, 0.5], [0.7, 0.7], [-1, -0.2], [0.3, -0.8]];
    const labels = [0, 1, 0, 1, 1, 0];
    const sc = new StandardScaler().fit(expandFeatures(pts, [...feats]));
    const fm = new LogisticRegression({ C: 1 }).fit(sc.transform(expandFeatures(pts, [...feats])), labels);
    const grid = fm.predictProbaGrid({ x: [-1, 1], y: [-1, 1], nx: 10, ny: 10, featurize: featurizer([...feats], sc) });
    const p = fm.predictProba(sc.transform(expandFeatures([[-0.9, 0.9]], [...feats])))[0][1];
    expect(grid[0]).toBeCloseTo(p, 6);
  });

  it('the fast separable grid path (a Featurizer) equals per-cell evaluation, all 7 features', () => {
    const pts = [[0.1, 0.2], [1, -1], [-0.5, 0.5], [0.7, 0.7], [-1, -0.2], [0.3, -0.8], [0.9, 0.4], [-0.3, -0.9]];
    const labels = [0, 1, 0, 1, 1, 0, 0, 1];
    const E = expandFeatures(pts, [...FEATURE_NAMES]);
    const sc = new StandardScaler().fit(E);
    const fm = new LogisticRegression({ C: 10 }).fit(sc.transform(E), labels);
    const fz = featurizer([...FEATURE_NAMES], sc);
    const spec = { x: [-2, 1.5] as [number, number], y: [-1, 3] as [number, number], nx: 37, ny: 23 };
    const fast = fm.predictProbaGrid({ ...spec, featurize: fz });
    const slow = fm.predictProbaGrid({ ...spec, featurize: (a, b, o, off) => fz(a, b, o, off) });
    let worst = 0;
    for (let i = 0; i < fast.length; i++) worst = Math.max(worst, Math.abs(fast[i] - slow[i]));
    expect(worst).toBeLessThan(1e-6);
    // Row 0 column 0 is the cell centred at (−2 + 3.5/74, 3 − 4/46).
    const p = fm.predictProba(sc.transform(expandFeatures([[-2 + 3.5 / 74, 3 - 4 / 46]], [...FEATURE_NAMES])))[0][1];
    expect(fast[0]).toBeCloseTo(p, 6);
    expect(() => fm.predictProbaGrid({ ...spec, featurize: featurizer(['x1', 'x2']) })).toThrow(/features/);
  });
});
