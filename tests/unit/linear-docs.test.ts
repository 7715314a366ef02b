// Runs every ```ts example of the linear-models section of docs/API.md and checks the values its comments state
// (worked out by hand there).
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('linear');

describe('docs/API.md examples (linear regression, regularisation, regression metrics)', () => {
  it('has the section and one example per estimator', () => {
    expect(blocks.length).toBe(7);
  });
  it('LinearRegression: minimum-norm answer on collinear columns', () => {
    expect(run(blocks[0])).toEqual([[[0.2, 0.4], 0, 1]]);
  });
  it('linregress: a line by hand, and equal x', () => {
    expect(run(blocks[1])).toEqual([[{ slope: 2, intercept: -1, rvalue: 1, rank: 1 }], [{ slope: 0, intercept: 2, rvalue: 0, rank: 0 }]]);
  });
  it('Ridge and ridgePath', () => {
    const logs = run(blocks[2]);
    expect(logs[0]).toEqual(['0.6667', '0.3333', '0.8889']);
    const [coefs] = logs[1] as [number[]];
    expect(coefs[0]).toBeCloseTo(0.5, 14);
    expect(coefs[1]).toBeCloseTo(1, 14);
  });
  it('Lasso and ElasticNet: exact zero, closed forms, the convergence warning', () => {
    const logs = run(blocks[3]);
    const [[coef], intercept, converged] = logs[0] as [number[], number, boolean];
    expect(coef).toBeCloseTo(0.25, 14);
    expect(intercept).toBeCloseTo(0.75, 14);
    expect(converged).toBe(true);
    expect(logs.slice(1)).toEqual([[[0]], ['0.4545'], [false, true]]);
  });
  it('lassoPath', () => {
    expect(run(blocks[4])).toEqual([[[0.6667, 0.0667, 0.0067], [0, 0.9, 0.99]]]);
  });
  it('LinearRegressionGD: one step by hand, a divergence', () => {
    const logs = run(blocks[5]);
    expect(logs[0]).toEqual(['0.70', '0.40', '0.725']);
    expect(logs[1][0]).toMatch(/^Gradient descent diverged at step \d+: the loss overflowed, so the learning rate 2 is too large/);
  });
  it('metrics', () => {
    expect(run(blocks[6])).toEqual([[true, 3.5], [-0.5, 1]]);
  });
});
