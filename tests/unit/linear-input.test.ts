// Regression metrics against scikit-learn, the linear models' options (getParams/setParams/clone) and bad input.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  ElasticNet, Lasso, LinearRegression, Ridge, cloneEstimator, explainedVarianceScore, lassoPath, meanAbsoluteError,
  meanSquaredError, r2Score, ridgePath, rootMeanSquaredError,
} from '../../src/core';

const F = JSON.parse(readFileSync(new URL('../fixtures/linear.json', import.meta.url), 'utf8'));

describe('regression metrics', () => {
  const M = F.metrics;
  it('match scikit-learn', () => {
    expect(meanSquaredError(M.yTrue, M.yPred)).toBeCloseTo(M.mse, 14);
    expect(rootMeanSquaredError(M.yTrue, M.yPred)).toBeCloseTo(M.rmse, 14);
    expect(meanAbsoluteError(M.yTrue, M.yPred)).toBeCloseTo(M.mae, 14);
    expect(r2Score(M.yTrue, M.yPred)).toBeCloseTo(M.r2, 14);
    expect(explainedVarianceScore(M.yTrue, M.yPred)).toBeCloseTo(M.explainedVariance, 14);
  });

  it('explained variance ignores a constant offset (R² does not); constant yTrue as scikit-learn', () => {
    // hand-computed: errors all −1, so Var(errors) = 0
    expect(explainedVarianceScore([1, 2, 3], [2, 3, 4])).toBe(1);
    expect(r2Score([1, 2, 3], [2, 3, 4])).toBeCloseTo(1 - 3 / 2, 15);
    expect(explainedVarianceScore([2, 2, 2], [2, 2, 2])).toBe(M.constantPerfect);
    expect(explainedVarianceScore([2, 2, 2], [1, 2, 4])).toBe(M.constantImperfect);
    expect(explainedVarianceScore([2, 2, 2], [3, 3, 3])).toBe(M.constantOffset);
  });

  it('RMSE by hand: errors 3 and 4 → √12.5', () => {
    expect(rootMeanSquaredError([0, 0], [3, 4])).toBe(Math.sqrt(12.5));
  });

  it('bad input: clear messages', () => {
    expect(() => rootMeanSquaredError([1, 2], [1])).toThrow('yTrue and yPred have different lengths (2 vs 1)');
    expect(() => explainedVarianceScore([], [])).toThrow('yTrue is empty');
  });
});

describe('options as scikit-learn\'s get_params / set_params / clone', () => {
  it('defaults', () => {
    expect(new LinearRegression().getParams()).toEqual({ fitIntercept: true });
    expect(new Ridge().getParams()).toEqual({ alpha: 1, fitIntercept: true });
    expect(new Lasso().getParams()).toEqual({ alpha: 1, fitIntercept: true, maxIter: 1000, tol: 1e-4 });
    expect(new ElasticNet().getParams()).toEqual({ alpha: 1, l1Ratio: 0.5, fitIntercept: true, maxIter: 1000, tol: 1e-4 });
  });

  it('a clone fits the same and is unfitted', () => {
    const m = new ElasticNet({ alpha: 0.3, l1Ratio: 0.7 });
    const c = cloneEstimator(m, { alpha: 0.5 });
    expect(c.getParams()).toEqual({ ...m.getParams(), alpha: 0.5 });
    expect(() => c.predict(F.X)).toThrow('ElasticNet.predict: the model is not fitted yet; call fit(X, y) first');
    expect(new Lasso().setParams({ alpha: 0.1 }).fit(F.X, F.y).nIter).toBe(F.lassoDefault.nIter);
  });
});

describe('bad input: the shared validator\'s messages', () => {
  it('options', () => {
    expect(() => new Ridge({ alpha: -1 })).toThrow('Ridge: alpha must be a finite number ≥ 0; got -1');
    expect(() => new ElasticNet({ l1Ratio: 2 })).toThrow('ElasticNet: l1Ratio must be a finite number in [0, 1]; got 2');
    expect(() => new Lasso({ maxIter: 0 })).toThrow('Lasso: maxIter must be an integer ≥ 1; got 0');
    expect(() => new Lasso({ l1Ratio: 0.5 } as never)).toThrow("Invalid parameter 'l1Ratio' for Lasso");
    expect(() => new LinearRegression({ fitIntercept: 'yes' as never })).toThrow("fitIntercept must be one of true, false; got 'yes'");
  });

  it('data', () => {
    expect(() => new LinearRegression().fit([[1], [NaN]], [1, 2])).toThrow('LinearRegression.fit: X contains NaN at row 1, column 0');
    expect(() => new Ridge().fit([[1], [2]], [1])).toThrow('Ridge.fit: X and y have different lengths (2 vs 1)');
    expect(() => new Lasso().fit([], [])).toThrow('Lasso.fit: X is empty: it has no rows');
    expect(() => new Lasso().fit([[1], [2]], [1, Infinity])).toThrow('Lasso.fit: y contains Infinity at index 1');
    const m = new LinearRegression().fit([[1, 2], [3, 5], [4, 4]], [1, 2, 3]);
    expect(() => m.predict([[1]])).toThrow('LinearRegression.predict: X has 1 features, expected 2');
    expect(m.predict([])).toEqual([]);
    expect(() => lassoPath([[1]], [1], { eps: 0 })).toThrow('lassoPath: eps must be a finite number > 0; got 0');
    expect(() => ridgePath([[1], [2]], [1, 2], { alphas: [1, -2] })).toThrow('ridgePath: alphas[1] must be a finite number ≥ 0; got -2');
  });

  it('a single sample and all-constant features still answer (the mean), never NaN', () => {
    const one = new LinearRegression().fit([[3, 1]], [7]);
    expect(one.coef).toEqual([0, 0]);
    expect(one.intercept).toBe(7);
    const flat = new Lasso({ alpha: 0.1 }).fit([[1], [1], [1]], [1, 2, 6]);
    expect(flat.coef).toEqual([0]);
    expect(flat.intercept).toBe(3);
    expect(new Ridge().fit([[2], [2]], [1, 3]).predict([[5]])).toEqual([2]);
  });
});
