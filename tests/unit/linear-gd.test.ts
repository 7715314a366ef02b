// LinearRegressionGD: the step API (hand-computed updates), convergence to scikit-learn's least-squares answer,
// and divergence reported instead of NaN.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LinearRegressionGD, StandardScaler, meanSquaredError } from '../../src/core';

const F = JSON.parse(readFileSync(new URL('../fixtures/linear.json', import.meta.url), 'utf8'));

describe('LinearRegressionGD step API', () => {
  it('one plain gradient step by hand', () => {
    // X = [1, 2], y = [1, 3], from w = b = 0: residuals −1, −3; ∂L/∂w = (2/2)(−1·1 − 3·2) = −7, ∂L/∂b = −4.
    // lr 0.1 → w = 0.7, b = 0.4; predictions 1.1, 1.8; MSE = (0.01 + 1.44)/2 = 0.725.
    const m = new LinearRegressionGD({ learningRate: 0.1 }).start([[1], [2]], [1, 3]);
    const s = m.step();
    expect(s.iteration).toBe(1);
    expect(s.coef[0]).toBeCloseTo(0.7, 15);
    expect(s.intercept).toBeCloseTo(0.4, 15);
    expect(s.loss).toBeCloseTo(0.725, 15);
    // gradient at (0.7, 0.4): residuals 0.1, −1.2 → ∂w = 0.1 − 2.4 = −2.3, ∂b = −1.1
    expect(s.gradNorm).toBeCloseTo(Math.hypot(2.3, 1.1), 14);
    expect(s.diverged).toBe(false);
    expect(s.message).toBeNull();
    expect(m.coef).toEqual(s.coef);
    expect(m.predict([[10]])[0]).toBeCloseTo(7.4, 14);
  });

  it('starts from a given point; momentum remembers the previous step', () => {
    const m = new LinearRegressionGD({ learningRate: 0.1, optimizer: 'momentum', momentum: 0.5 });
    m.start([[1], [2]], [1, 3], { coef: [0], intercept: 0 });
    m.step();
    // second gradient (−2.3, −1.1); velocity = 0.5·(−7, −4) + (−2.3, −1.1) = (−5.8, −3.1)
    const s = m.step();
    expect(s.coef[0]).toBeCloseTo(0.7 + 0.58, 14);
    expect(s.intercept).toBeCloseTo(0.4 + 0.31, 14);
    const from = new LinearRegressionGD().start([[1], [2]], [1, 3], { coef: [2], intercept: -1 });
    expect([from.coef, from.intercept]).toEqual([[2], -1]);
  });

  it.each(['sgd', 'momentum', 'adam'] as const)('fit with %s on standardised features reaches scikit-learn\'s least squares', (optimizer) => {
    const Xs = new StandardScaler().fitTransform(F.X);
    const m = new LinearRegressionGD({ optimizer, learningRate: optimizer === 'adam' ? 0.05 : 0.1, maxIter: 20000, tol: 1e-10 }).fit(Xs, F.y);
    expect(m.converged).toBe(true);
    // the same fit in the standardised coordinates: MSE equal to the closed form's
    expect(meanSquaredError(F.y, m.predict(Xs))).toBeCloseTo(meanSquaredError(F.y, F.linear.predict), 9);
    m.predict(Xs).forEach((p, i) => expect(Math.abs(p - F.linear.predict[i])).toBeLessThan(1e-6));
  });

  it('a learning rate too large diverges: flagged with a message, the last finite parameters kept', () => {
    const m = new LinearRegressionGD({ learningRate: 5 }).start(F.X, F.y);
    let s = m.step();
    let k = 1;
    while (!s.diverged && k < 5000) { s = m.step(); k++; }
    expect(s.diverged).toBe(true);
    expect(s.message).toMatch(/^Gradient descent diverged at step \d+: the loss overflowed, so the learning rate 5 is too large/);
    expect(Number.isFinite(s.loss) && s.coef.every(Number.isFinite) && Number.isFinite(s.intercept) && Number.isFinite(s.gradNorm)).toBe(true);
    const again = m.step();
    expect(again).toEqual({ ...s });
    expect(m.fit(F.X, F.y).converged).toBe(false);
  });

  it('bad input: clear messages', () => {
    expect(() => new LinearRegressionGD().step()).toThrow('LinearRegressionGD.step: call start(X, y) first');
    expect(() => new LinearRegressionGD({ learningRate: 0 })).toThrow('LinearRegressionGD: learningRate must be a finite number > 0; got 0');
    expect(() => new LinearRegressionGD({ optimizer: 'rmsprop' as never })).toThrow("optimizer must be one of 'sgd', 'momentum', 'adam'; got 'rmsprop'");
    expect(() => new LinearRegressionGD().start([[1, 2]], [1], { coef: [1] })).toThrow('LinearRegressionGD.start: init.coef has 1 features, expected 2');
    expect(() => new LinearRegressionGD().start([[1]], [NaN])).toThrow('LinearRegressionGD.start: y contains NaN at index 0');
  });
});
