// SVC against scikit-learn (tests/fixtures/make_svm.py → svm.json): linear w, b and the dual objective, support
// vectors and margin width, RBF on moons, poly and sigmoid decision values, one-vs-one on iris and three blobs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SVC } from '../../src/core';
import type { SVCParams } from '../../src/core';

interface Ref {
  support: number[]; nSupport: number[]; dualCoef: number[][]; intercept: number[]; gamma: number;
  decision: number[] | number[][]; predict: number[]; score: number; coef?: number[][]; dualObjective?: number;
  marginWidth?: number; testScore?: number;
}
const F = JSON.parse(readFileSync(new URL('../fixtures/svm.json', import.meta.url), 'utf8'));

/** Largest |a − b| relative to the largest |b| (so "relative 1e-4" means of the vector's scale). */
function relErr(a: number[], b: number[]): number {
  expect(a.length).toBe(b.length);
  const scale = Math.max(...b.map(Math.abs), 1e-12);
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]))) / scale;
}

function expectModel(m: SVC, ref: Ref, Xq: number[][], tol: number): void {
  expect(m.supportIndices).toEqual(ref.support);
  expect(m.nSupport).toEqual(ref.nSupport);
  expect(m.gammaValue).toBeCloseTo(ref.gamma, 12);
  expect(relErr(m.dualCoef.flat(), ref.dualCoef.flat()), 'dualCoef').toBeLessThan(tol);
  expect(relErr(m.intercept, ref.intercept), 'intercept').toBeLessThan(tol);
  expect(relErr((m.decisionFunction(Xq) as (number | number[])[]).flat(), ref.decision.flat()), 'decision').toBeLessThan(tol);
  expect(m.predict(Xq)).toEqual(ref.predict);
}

describe('SVC, linear kernel', () => {
  const L = F.linear;
  for (const C of [0.1, 1, 10]) {
    it(`C=${C}: w, b and the dual objective to relative 1e-4 at tol=1e-6, same support vectors`, () => {
      const ref: Ref = L[`C=${C.toFixed(1)}`];
      const m = new SVC({ kernel: 'linear', C, tol: 1e-6 }).fit(L.X, L.y);
      expect(relErr(m.coef[0], ref.coef![0]), 'w').toBeLessThan(1e-4);
      expect(Math.abs(m.intercept[0] - ref.intercept[0]) / Math.abs(ref.intercept[0]), 'b').toBeLessThan(1e-4);
      expect(Math.abs(m.dualObjective[0] - ref.dualObjective!) / ref.dualObjective!, 'objective').toBeLessThan(1e-4);
      expectModel(m, ref, L.Xq, 1e-4);
      const w = m.coef[0];
      expect(2 / Math.hypot(w[0], w[1])).toBeCloseTo(ref.marginWidth!, 4);
      expect(m.score(L.X, L.y)).toBe(ref.score);
    });
  }

  it('class weights multiply C per class', () => {
    const m = new SVC({ kernel: 'linear', C: 1, tol: 1e-6, classWeight: { 0: 3, 1: 1 } }).fit(L.X, L.y);
    expectModel(m, L.balanced, L.Xq, 1e-4);
  });

  it('separable data: the support vectors sit on the margins f = ±1, margin width 2/‖w‖', () => {
    const S = F.separable;
    const m = new SVC({ kernel: 'linear', C: 1e3, tol: 1e-8 }).fit(S.X, S.y);
    expectModel(m, S, S.X, 1e-6);
    const w = m.coef[0];
    expect(2 / Math.hypot(w[0], w[1])).toBeCloseTo(S.marginWidth, 6);
    const f = m.decisionFunction(m.supportVectors) as number[];
    m.supportIndices.forEach((row, s) => expect(f[s]).toBeCloseTo(S.y[row] === 1 ? 1 : -1, 6));
  });

  it('coef is refused for other kernels, with a message', () => {
    const m = new SVC({ kernel: 'rbf' }).fit(L.X, L.y);
    expect(() => m.coef).toThrow(/only defined for kernel 'linear'/);
  });
});

describe('SVC, RBF on moons', () => {
  const M = F.moons;
  for (const C of [1, 10]) {
    it(`C=${C}, gamma='scale': decision function to 1e-5, same support vectors and accuracies`, () => {
      const ref: Ref = M[`C=${C.toFixed(1)}`];
      const m = new SVC({ C, tol: 1e-8 }).fit(M.X, M.y);
      expectModel(m, ref, M.Xtest, 1e-5);
      expect(m.score(M.X, M.y)).toBe(ref.score);
      expect(m.score(M.Xtest, M.ytest)).toBe(ref.testScore);
    });
  }

  it('default options (tol 1e-3): decision function within 1e-2, same accuracy', () => {
    const ref: Ref = M.default;
    const m = new SVC().fit(M.X, M.y);
    expect(relErr(m.decisionFunction(M.Xtest) as number[], ref.decision as number[])).toBeLessThan(1e-2);
    expect(m.score(M.Xtest, M.ytest)).toBe(ref.testScore);
    expect(Math.abs(m.supportIndices.length - ref.support.length)).toBeLessThanOrEqual(2);
  });

  it('a large gamma (50): every point its own bump, still scikit-learn\'s answer', () => {
    const m = new SVC({ gamma: 50, tol: 1e-8 }).fit(M.X, M.y);
    expectModel(m, M['gamma=50'], M.Xtest, 1e-5);
  });

  it('shrinking off gives the same model', () => {
    const a = new SVC({ C: 10, tol: 1e-8 }).fit(M.X, M.y);
    const b = new SVC({ C: 10, tol: 1e-8, shrinking: false }).fit(M.X, M.y);
    expect(b.supportIndices).toEqual(a.supportIndices);
    expect(relErr(b.dualCoef[0], a.dualCoef[0])).toBeLessThan(1e-5);
  });
});

describe('SVC, poly and sigmoid kernels', () => {
  const K = F.kernels;
  const cases: [string, Partial<SVCParams>][] = [
    ['poly', { kernel: 'poly', degree: 3, coef0: 1, gamma: 'auto', C: 1 }],
    ['poly2', { kernel: 'poly', degree: 2, coef0: 0.5, gamma: 0.7, C: 3 }],
    ['sigmoid', { kernel: 'sigmoid', gamma: 0.1, coef0: 0, C: 1 }],
  ];
  for (const [key, opts] of cases) {
    it(`${key}: decision values to 1e-5`, () => {
      const m = new SVC({ ...opts, tol: 1e-8 }).fit(K.X, K.y);
      expectModel(m, K[key], K.Xq, 1e-5);
    });
  }
});

describe('SVC, several classes (one-vs-one)', () => {
  it('iris, rbf: support_ grouped by class, dual_coef_ layout, intercepts, "ovr" and "ovo" decisions', () => {
    const I = F.iris;
    const m = new SVC({ C: 1, tol: 1e-8 }).fit(I.X, I.y);
    expectModel(m, I.rbf, I.X, 1e-5);
    const ovo = new SVC({ C: 1, tol: 1e-8, decisionFunctionShape: 'ovo' }).fit(I.X, I.y);
    expect(relErr((ovo.decisionFunction(I.X) as number[][]).flat(), I.ovo.flat())).toBeLessThan(1e-5);
  });

  it('iris, linear: coef_ per pair', () => {
    const I = F.iris;
    const m = new SVC({ kernel: 'linear', C: 0.5, tol: 1e-8 }).fit(I.X, I.y);
    // The linear kernel's dual is flat along some directions (4 features, nearly collinear rows): α agrees to 1e-4.
    expectModel(m, I.linear, I.X, 1e-4);
    expect(relErr(m.coef.flat(), I.linear.coef.flat())).toBeLessThan(1e-5);
  });

  it('three blobs with labels 1, 3, 5, plain and class_weight="balanced"', () => {
    const B = F.blobs3;
    const m = new SVC({ C: 2, gamma: 0.2, tol: 1e-8 }).fit(B.X, B.y);
    expect(m.classes).toEqual([1, 3, 5]);
    expectModel(m, B.rbf, B.Xq, 1e-5);
    const w = new SVC({ C: 2, gamma: 0.2, tol: 1e-8, classWeight: 'balanced' }).fit(B.X.slice(10), B.y.slice(10));
    expectModel(w, B.balanced, B.Xq, 1e-5);
  });
});
