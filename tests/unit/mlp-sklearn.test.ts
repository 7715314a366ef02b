/**
 * MLPClassifier / MLPRegressor against scikit-learn (tests/fixtures/make_mlp.py → mlp.json): from the same initial
 * weights and row order, the loss curve, the fitted weights, the stop epoch, predict and predictProba agree.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { MLPClassifier, MLPRegressor, type MLPOptions } from '../../src/core/models/neural_network/multilayer-perceptron';

interface Case {
  name: string; data: string; kind: 'classifier' | 'regressor'; options: Record<string, unknown>;
  initCoefs: number[][][]; initIntercepts: number[][]; lossCurve: number[]; nIter: number;
  coefs: number[][][]; intercepts: number[][]; grid: number[][]; predict: number[]; score: number;
  classes?: number[]; predictProba?: number[][];
}
const fx = JSON.parse(readFileSync(new URL('../fixtures/mlp.json', import.meta.url), 'utf8')) as {
  data: Record<string, { X: number[][]; y: number[] }>; cases: Case[];
};

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
function build(c: Case) {
  const o = Object.fromEntries(Object.entries(c.options).map(([k, v]) => [camel(k), v])) as MLPOptions & { nesterovsMomentum?: boolean };
  const opts: MLPOptions = { ...o, shuffle: false, coefs: c.initCoefs, intercepts: c.initIntercepts };
  return c.kind === 'classifier' ? new MLPClassifier(opts) : new MLPRegressor(opts);
}
const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
const flat = (w: number[][][] | number[][]) => (w as number[][]).flat(2) as number[];

describe('MLPClassifier and MLPRegressor match scikit-learn from the same initial weights', () => {
  for (const c of fx.cases) {
    it(`${c.name}: loss curve, weights, epochs, predictions`, () => {
      const { X, y } = fx.data[c.data];
      const m = build(c).fit(X, y);
      expect(m.nIter).toBe(c.nIter);
      expect(m.lossCurve).toHaveLength(c.lossCurve.length);
      // short runs agree to rounding; the long Adam runs (hundreds of epochs) drift a little more
      const tol = c.nIter > 50 ? 1e-7 : 1e-10;
      expect(maxDiff(m.lossCurve, c.lossCurve)).toBeLessThan(tol);
      expect(maxDiff(flat(m.coefs!), flat(c.coefs))).toBeLessThan(tol * 10);
      expect(maxDiff(flat(m.intercepts!), flat(c.intercepts))).toBeLessThan(tol * 10);
      expect(m.score(X, y)).toBeCloseTo(c.score, 12);
      if (m instanceof MLPClassifier) {
        expect(m.classes).toEqual(c.classes);
        expect(m.predict(c.grid)).toEqual(c.predict);
        expect(maxDiff(m.predictProba(c.grid).flat(), c.predictProba!.flat())).toBeLessThan(tol * 10);
      } else {
        expect(maxDiff(m.predict(c.grid), c.predict)).toBeLessThan(tol * 10);
      }
    });
  }
});

describe('MLPClassifier and MLPRegressor: the rest of the API', () => {
  const moons = fx.data.moons;
  it('partialFit is one epoch of fit, and continues the optimiser state', () => {
    const c = fx.cases.find((k) => k.name === 'sgd_nesterov_relu_batches')!;
    const a = build(c).fit(moons.X, moons.y);
    const b = build(c);
    for (let e = 0; e < c.nIter; e++) b.partialFit(moons.X, moons.y, [0, 1]);
    expect(b.lossCurve).toEqual(a.lossCurve);
    expect(b.coefs).toEqual(a.coefs);
  });

  it('early stopping keeps the best validation score\'s weights and stops after nIterNoChange epochs without a gain', () => {
    const m = new MLPClassifier({ hiddenLayerSizes: [8], solver: 'adam', learningRateInit: 0.05, earlyStopping: true, validationFraction: 0.2, nIterNoChange: 5, maxIter: 500, randomState: 3 });
    m.fit(moons.X, moons.y);
    expect(m.converged).toBe(true);
    expect(m.nIter).toBeLessThan(500);
    const s = m.validationScores, best = Math.max(...s);
    expect(m.bestValidationScore).toBe(best);
    // the last nIterNoChange + 1 epochs never beat the best by tol
    expect(Math.max(...s.slice(-6))).toBeLessThan(best + m.tol);
  });

  it('same randomState, same fit; coefs[l] is n_in × n_out; clear errors for bad input', () => {
    const a = new MLPRegressor({ hiddenLayerSizes: [4, 3], maxIter: 30, randomState: 5 }).fit(fx.data.wave.X, fx.data.wave.y);
    const b = new MLPRegressor({ hiddenLayerSizes: [4, 3], maxIter: 30, randomState: 5 }).fit(fx.data.wave.X, fx.data.wave.y);
    expect(a.coefs).toEqual(b.coefs);
    expect(a.coefs!.map((w) => [w.length, w[0].length])).toEqual([[2, 4], [4, 3], [3, 1]]);
    expect(() => new MLPClassifier({ hiddenLayerSizes: [0] })).toThrow(/positive whole numbers/);
    expect(() => new MLPClassifier({ solver: 'lbfgs' as 'sgd' })).toThrow(/solver/);
    expect(() => new MLPClassifier().fit([[0], [1]], [1, 1])).toThrow(/only one class/);
    expect(() => new MLPClassifier().predict([[0, 1]])).toThrow(/not fitted/);
    expect(() => new MLPClassifier({ coefs: [[[1]]], intercepts: [[0]], hiddenLayerSizes: [] }).fit([[0, 1], [1, 0]], [0, 1])).toThrow(/do not fit/);
    expect(() => new MLPRegressor({ learningRateInit: 1e6, solver: 'sgd', momentum: 0, maxIter: 50 }).fit(fx.data.wave.X, fx.data.wave.y.map((v) => v * 1e3))).toThrow(/finite/);
  });
});
