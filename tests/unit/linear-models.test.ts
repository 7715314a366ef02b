// LinearRegression, Ridge, Lasso, ElasticNet and their paths against scikit-learn (tests/fixtures/make_linear.py).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  ElasticNet, Lasso, LinearRegression, PolynomialFeatures, Ridge, enetPath, lassoPath, meanSquaredError, ridgePath,
} from '../../src/core';

interface Fit { coef: number[]; intercept: number; score: number; predict: number[]; nIter?: number }
const F = JSON.parse(readFileSync(new URL('../fixtures/linear.json', import.meta.url), 'utf8'));
const X: number[][] = F.X, y: number[] = F.y;

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  expect(actual.length, `${what} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i]), `${what}[${i}]: ${actual[i]} vs ${expected[i]}`).toBeLessThan(tol);
  }
}

function expectFit(model: { coef: number[]; intercept: number; predict(X: number[][]): number[]; score(X: number[][], y: number[]): number },
  XX: number[][], yy: number[], ref: Fit, tol: number): void {
  expectClose(model.coef, ref.coef, tol, 'coef');
  expect(Math.abs(model.intercept - ref.intercept), 'intercept').toBeLessThan(tol);
  expectClose(model.predict(XX), ref.predict, tol * 10, 'predict');
  expect(Math.abs(model.score(XX, yy) - ref.score)).toBeLessThan(tol);
}

describe('LinearRegression', () => {
  it('matches scikit-learn to 1e-8, with and without an intercept', () => {
    expectFit(new LinearRegression().fit(X, y), X, y, F.linear, 1e-8);
    const m = new LinearRegression({ fitIntercept: false }).fit(X, y);
    expectFit(m, X, y, F.linearNoIntercept, 1e-8);
    expect(m.intercept).toBe(0);
  });

  it('collinear and constant features: the minimum-norm solution, as scikit-learn\'s lstsq', () => {
    const m = new LinearRegression().fit(F.collinear.X, y);
    expectFit(m, F.collinear.X, y, F.collinear.linear, 1e-8);
    expect(m.rank).toBe(2);
    expect(m.coef[3]).toBe(0); // the constant column carries nothing once centred
  });

  it('fewer points than features: interpolates with the minimum-norm coefficients', () => {
    const m = new LinearRegression().fit(F.wide.X, F.wide.y);
    expectFit(m, F.wide.X, F.wide.y, F.wide.linear, 1e-8);
    expect(m.score(F.wide.X, F.wide.y)).toBeCloseTo(1, 12);
  });
});

describe('Ridge', () => {
  it.each(['0.1', '1.0', '10.0', '100.0'])('alpha = %s matches scikit-learn to 1e-8', (a) => {
    expectFit(new Ridge({ alpha: Number(a) }).fit(X, y), X, y, F.ridge[a], 1e-8);
  });

  it('without an intercept, on collinear features and on a wide X', () => {
    expectFit(new Ridge({ alpha: 2, fitIntercept: false }).fit(X, y), X, y, F.ridgeNoIntercept, 1e-8);
    expectFit(new Ridge({ alpha: 1 }).fit(F.collinear.X, y), F.collinear.X, y, F.collinear.ridge, 1e-8);
    expectFit(new Ridge({ alpha: 0.5 }).fit(F.wide.X, F.wide.y), F.wide.X, F.wide.y, F.wide.ridge, 1e-8);
  });

  it('alpha = 0 is least squares', () => {
    expectClose(new Ridge({ alpha: 0 }).fit(X, y).coef, F.linear.coef, 1e-8, 'coef');
  });

  it('Ridge by Cholesky (tall X, α > 0) equals the SVD route of ridgePath at every alpha of scikit-learn’s path', () => {
    const p = ridgePath(X, y, { alphas: F.ridgePath.alphas });
    F.ridgePath.alphas.forEach((a: number, k: number) => {
      if (a === 0) return;
      const m = new Ridge({ alpha: a }).fit(X, y);
      expectClose(m.coef, p.coefs.map((row) => row[k]), 1e-8, `coef at alpha ${a}`);
      expect(Math.abs(m.intercept - p.intercepts[k])).toBeLessThan(1e-8);
    });
  });

  it('a Cholesky factorisation that fails (α = 1e-10 on exactly collinear columns) falls back to the SVD', () => {
    // XᵀX + 1e-10·I of exactly collinear columns has a pivot of ~1e-10 of its diagonal: solved by Cholesky, the
    // coefficients are off by ~4e-4; the SVD route (ridgePath's) keeps them
    const m = new Ridge({ alpha: 1e-10 }).fit(F.collinear.X, y);
    const p = ridgePath(F.collinear.X, y, { alphas: [1e-10] });
    expectClose(m.coef, p.coefs.map((row) => row[0]), 1e-12, 'coef');
  });

  it('ridgePath equals Ridge at every alpha', () => {
    const p = ridgePath(X, y, { alphas: F.ridgePath.alphas });
    F.ridgePath.coefs.forEach((row: number[], j: number) => expectClose(p.coefs[j], row, 1e-8, `coefs[${j}]`));
    expectClose(p.intercepts, F.ridgePath.intercepts, 1e-8, 'intercepts');
    expect(ridgePath(X, y).alphas.length).toBe(100);
  });
});

describe('Lasso and ElasticNet (coordinate descent)', () => {
  it.each(['0.01', '0.1', '0.5', '1.0'])('Lasso alpha = %s at tol 1e-12 matches scikit-learn to 1e-8, exact zeros', (a) => {
    const m = new Lasso({ alpha: Number(a), tol: 1e-12, maxIter: 100000 }).fit(X, y);
    const ref: Fit = F.lasso[a];
    expectFit(m, X, y, ref, 1e-8);
    ref.coef.forEach((c, j) => { if (c === 0) expect(m.coef[j], `coef[${j}] is exactly 0`).toBe(0); });
    expect(m.converged).toBe(true);
    expect(m.convergenceWarning).toBeNull();
    expect(m.nIter).toBe(ref.nIter);
  });

  it('default tol: same sweeps as scikit-learn', () => {
    const m = new Lasso({ alpha: 0.1 }).fit(X, y);
    expect(m.nIter).toBe(F.lassoDefault.nIter);
    expectFit(m, X, y, F.lassoDefault, 1e-6);
  });

  it.each(['0.1,0.5', '0.5,0.2', '1.0,0.9', '0.3,0.05'])('ElasticNet alpha,l1Ratio = %s matches scikit-learn to 1e-8', (k) => {
    const [alpha, l1Ratio] = k.split(',').map(Number);
    const m = new ElasticNet({ alpha, l1Ratio, tol: 1e-12, maxIter: 100000 }).fit(X, y);
    expectFit(m, X, y, F.elasticNet[k], 1e-8);
    expect(m.nIter).toBe(F.elasticNet[k].nIter);
  });

  it('without an intercept, collinear and wide designs', () => {
    const o = { tol: 1e-12, maxIter: 100000 };
    expectFit(new Lasso({ alpha: 0.2, fitIntercept: false, ...o }).fit(X, y), X, y, F.lassoNoIntercept, 1e-8);
    expectFit(new Lasso({ alpha: 0.1, ...o }).fit(F.collinear.X, y), F.collinear.X, y, F.collinear.lasso, 1e-8);
    expectFit(new Lasso({ alpha: 0.05, ...o }).fit(F.wide.X, F.wide.y), F.wide.X, F.wide.y, F.wide.lasso, 1e-8);
  });

  it('stopping at maxIter keeps scikit-learn\'s coefficients and says so instead of printing', () => {
    const m = new Lasso({ alpha: 0.01, maxIter: 2, tol: 1e-12 }).fit(X, y);
    expectFit(m, X, y, F.lassoMaxIter2, 1e-10);
    expect(m.converged).toBe(false);
    expect(m.nIter).toBe(2);
    expect(m.convergenceWarning).toMatch(/^Lasso did not converge in maxIter = 2 sweeps \(duality gap .*\): increase maxIter/);
  });
});

describe('lassoPath / enetPath', () => {
  it('default grid (alphaMax = max|Xᵀy|/n, eps 1e-3, 100 alphas) and coefficients as scikit-learn\'s lasso_path', () => {
    const p = lassoPath(X, y, { tol: 1e-12, maxIter: 100000 });
    expectClose(p.alphas.map((a, k) => a / F.lassoPath.alphas[k]), F.lassoPath.alphas.map(() => 1), 1e-12, 'alphas');
    F.lassoPath.coefs.forEach((row: number[], j: number) => expectClose(p.coefs[j], row, 1e-8, `coefs[${j}]`));
    expect(p.coefs.every((row) => row[0] === 0)).toBe(true); // at alphaMax every coefficient is exactly 0
    expect(p.converged.every(Boolean)).toBe(true);
  });

  it('eps and nAlphas; enetPath with l1Ratio', () => {
    const p = lassoPath(X, y, { eps: 1e-2, nAlphas: 7, tol: 1e-12, maxIter: 100000 });
    expectClose(p.alphas, F.lassoPathShort.alphas, 1e-12, 'alphas');
    F.lassoPathShort.coefs.forEach((row: number[], j: number) => expectClose(p.coefs[j], row, 1e-8, `coefs[${j}]`));
    const e = enetPath(X, y, { l1Ratio: 0.5, nAlphas: 10, tol: 1e-12, maxIter: 100000 });
    expectClose(e.alphas, F.enetPath.alphas, 1e-12, 'alphas');
    F.enetPath.coefs.forEach((row: number[], j: number) => expectClose(e.coefs[j], row, 1e-8, `coefs[${j}]`));
  });
});

describe('tall designs read in several row blocks (300 rows sorted by a trending column with offset ~500)', () => {
  const T = F.tall, Xt: number[][] = T.X, yt: number[] = T.y;

  it('LinearRegression and Ridge (Cholesky route) match scikit-learn to 1e-8, with and without an intercept', () => {
    expectFit(new LinearRegression().fit(Xt, yt), Xt, yt, T.linear, 1e-8);
    expectFit(new LinearRegression({ fitIntercept: false }).fit(Xt, yt), Xt, yt, T.linearNoIntercept, 1e-8);
    expectFit(new Ridge({ alpha: 10 }).fit(Xt, yt), Xt, yt, T.ridge, 1e-8);
    expectFit(new Ridge({ alpha: 10, fitIntercept: false }).fit(Xt, yt), Xt, yt, T.ridgeNoIntercept, 1e-8);
  });

  it('collinear and constant columns: the minimum-norm least squares and ridge, as scikit-learn', () => {
    const m = new LinearRegression().fit(T.collinearX, yt);
    expectFit(m, T.collinearX, yt, T.collinearLinear, 1e-8);
    expect(m.rank).toBe(T.collinearRank);
    expect(m.coef[3]).toBe(0);
    expectFit(new Ridge({ alpha: 1 }).fit(T.collinearX, yt), T.collinearX, yt, T.collinearRidge, 1e-8);
  });

  it('ridgePath', () => {
    const p = ridgePath(Xt, yt, { alphas: T.ridgePath.alphas });
    T.ridgePath.coefs.forEach((row: number[], j: number) => expectClose(p.coefs[j], row, 1e-8, `coefs[${j}]`));
    expectClose(p.intercepts, T.ridgePath.intercepts, 1e-8, 'intercepts');
  });
});

describe('polynomial bias–variance (PolynomialFeatures + LinearRegression on noisy sin)', () => {
  it('train and test MSE against degree match scikit-learn', () => {
    const bv = F.biasVariance;
    const col = (xs: number[]) => xs.map((x) => [x]);
    for (const ref of bv.curve as { degree: number; trainMse: number; testMse: number }[]) {
      const poly = new PolynomialFeatures({ degree: ref.degree, includeBias: false });
      const Ptr = poly.fitTransform(col(bv.xTrain)), Pte = poly.transform(col(bv.xTest));
      const m = new LinearRegression().fit(Ptr, bv.yTrain);
      // relative 1e-7: at degree 11 the Vandermonde columns on [0, 1] are nearly collinear (condition ~1e8), so
      // two correct least-squares solvers agree to about 1e-16 × 1e8 in the fitted values
      const tol = 1e-7 * Math.max(1, ref.testMse);
      expect(Math.abs(meanSquaredError(bv.yTrain, m.predict(Ptr)) - ref.trainMse), `train, degree ${ref.degree}`).toBeLessThan(tol);
      expect(Math.abs(meanSquaredError(bv.yTest, m.predict(Pte)) - ref.testMse), `test, degree ${ref.degree}`).toBeLessThan(tol);
    }
  });
});
