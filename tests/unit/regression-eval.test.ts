// The regression evaluation (shared-eval/regression.ts) against scikit-learn (tests/fixtures/make_regression_eval.py).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LinearRegression, Ridge } from '../../src/core/models/linear';
import { evaluateRegressor, regressionRun, regressionSummary, residualPoints, type FitRegressor } from '../../src/widgets/shared-eval/regression';

interface Scores { r2: number; rmse: number; mae: number; explainedVariance: number }
const fx: {
  pairs: { name: string; yTrue: number[]; yPred: number[]; sklearn: Scores }[];
  runs: { name: string; model: string; alpha: number; XTrain: number[][]; yTrain: number[]; XTest: number[][]; yTest: number[]; sklearn: Scores & { yPred: number[] } }[];
} = JSON.parse(readFileSync(new URL('../fixtures/regression_eval.json', import.meta.url), 'utf8'));

const expectScores = (got: Scores, want: Scores, digits = 12) => {
  for (const k of ['r2', 'rmse', 'mae', 'explainedVariance'] as const) expect(got[k], k).toBeCloseTo(want[k], digits);
};

describe('regressionSummary against sklearn.metrics', () => {
  for (const c of fx.pairs) {
    it(c.name, () => {
      const s = regressionSummary({ yTrue: c.yTrue, yPred: c.yPred });
      expect(s.n).toBe(c.yTrue.length);
      expectScores(s, c.sklearn);
    });
  }
  it('shows no number where none is defined (no rows, one row, a diverged model)', () => {
    expect(regressionSummary({ yTrue: [], yPred: [] })).toEqual({ n: 0, r2: NaN, rmse: NaN, mae: NaN, explainedVariance: NaN });
    const one = regressionSummary({ yTrue: [2], yPred: [1.5] });
    expect([one.r2, one.explainedVariance]).toEqual([NaN, NaN]);
    expect([one.rmse, one.mae]).toEqual([0.5, 0.5]);
    expect(regressionSummary({ yTrue: [1, 2], yPred: [1, Infinity] }).rmse).toBeNaN();
  });
  it('residuals are y − ŷ against ŷ, skipping non-finite rows', () => {
    expect(residualPoints({ yTrue: [3, 1, 5], yPred: [2, NaN, 6] })).toEqual([{ x: 2, y: 1 }, { x: 6, y: -1 }]);
  });
});

describe('evaluateRegressor fits core models as scikit-learn does', () => {
  for (const c of fx.runs) {
    it(c.name, () => {
      const fit: FitRegressor = c.model === 'Ridge' ? (X, y) => new Ridge({ alpha: c.alpha }).fit(X, y) : (X, y) => new LinearRegression().fit(X, y);
      const r = evaluateRegressor(fit, { XTrain: c.XTrain, yTrain: c.yTrain, XTest: c.XTest, yTest: c.yTest });
      r.yPred.forEach((v, i) => expect(v, `row ${i}`).toBeCloseTo(c.sklearn.yPred[i], 9));
      expectScores(regressionSummary(r), c.sklearn, 9);
    });
  }
});

describe('regressionRun on the data-set table', () => {
  it('holds out 30 % of a regression set; a line fits the noisy line well and the sine badly', () => {
    const ols: FitRegressor = (X, y) => new LinearRegression().fit(X, y);
    const line = regressionRun({ dataset: 'line1d', n: 200, noise: 0.1, seed: 1 }, ols);
    expect(line.yTrue).toHaveLength(60);
    expect(regressionSummary(line).r2).toBeGreaterThan(0.9);
    const sine = regressionRun({ dataset: 'sin1d', n: 200, noise: 0.1, seed: 1 }, ols);
    expect(regressionSummary(sine).r2).toBeLessThan(0.8);
    expect(() => regressionRun({ dataset: 'moons', n: 50, noise: 0, seed: 1 }, ols)).toThrow(/not a regression/);
  });
});
