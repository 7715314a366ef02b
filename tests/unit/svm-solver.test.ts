// SVC's solver on its own terms: the KKT conditions at the solution, the step API (fit = steps to the end, the dual
// objective never falls), and bad input (one class, C ≤ 0, gamma at its extremes, maxIter reached).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SVC } from '../../src/core';

const F = JSON.parse(readFileSync(new URL('../fixtures/svm.json', import.meta.url), 'utf8'));
const M = F.moons;

/** α_i = |dual coefficient| of each training row (0 for non-support vectors), binary models. */
function alphas(m: SVC, n: number): number[] {
  const a = new Array<number>(n).fill(0);
  m.supportIndices.forEach((row, s) => { a[row] = Math.abs(m.dualCoef[0][s]); });
  return a;
}

describe('KKT conditions at the solution', () => {
  for (const [kernel, C] of [['rbf', 1], ['rbf', 10], ['linear', 0.5], ['poly', 2]] as const) {
    it(`${kernel}, C=${C}: 0 ≤ α ≤ C, Σ y·α = 0, and y·f(x) ≥ 1 / = 1 / ≤ 1 for α = 0 / free / α = C`, () => {
      const tol = 1e-6;
      const m = new SVC({ kernel, C, tol }).fit(M.X, M.y);
      const a = alphas(m, M.X.length);
      const f = m.decisionFunction(M.X) as number[];
      expect(Math.abs(m.dualCoef[0].reduce((s, v) => s + v, 0))).toBeLessThan(1e-9);
      let free = 0;
      M.y.forEach((label: number, i: number) => {
        const yf = (label === 1 ? 1 : -1) * f[i];
        expect(a[i]).toBeGreaterThanOrEqual(0);
        expect(a[i]).toBeLessThanOrEqual(C);
        if (a[i] === 0) expect(yf).toBeGreaterThan(1 - 10 * tol);
        else if (a[i] === C) expect(yf).toBeLessThan(1 + 10 * tol);
        else { free++; expect(Math.abs(yf - 1)).toBeLessThan(10 * tol); }
      });
      expect(free).toBeGreaterThan(0);
      expect(m.converged).toBe(true);
    });
  }
});

describe('step API', () => {
  it('start + step until null gives exactly fit\'s model; the dual objective never falls', () => {
    const fit = new SVC({ C: 10 }).fit(M.X, M.y);
    const m = new SVC({ C: 10 }).start(M.X, M.y);
    let last = -Infinity, steps = 0;
    for (let s = m.step(); s; s = m.step()) {
      steps++;
      expect(s.objective).toBeGreaterThanOrEqual(last - 1e-12);
      last = s.objective;
      expect(s.i).not.toBe(s.j);
      expect(s.i >= 0 && s.i < M.X.length && s.j >= 0 && s.j < M.X.length).toBe(true);
      expect(s.gap).toBeGreaterThan(1e-3);
      expect(s.iteration).toBe(steps);
    }
    expect(steps).toBe(fit.nIter[0]);
    expect(m.done).toBe(true);
    expect(m.dualCoef).toEqual(fit.dualCoef);
    expect(m.intercept).toEqual(fit.intercept);
    expect(m.dualObjective[0]).toBe(last);
  });

  it('the model can be read between steps (finite decisions) without changing the run', () => {
    const fit = new SVC({ C: 10 }).fit(M.X, M.y);
    const m = new SVC({ C: 10 }).start(M.X, M.y);
    for (let k = 0; m.step(); k++) {
      if (k % 50 === 0) expect((m.decisionFunction(M.Xtest) as number[]).every(Number.isFinite)).toBe(true);
    }
    expect(m.dualCoef).toEqual(fit.dualCoef);
  });

  it('three classes: the steps walk the pairs in order (0 vs 1, 0 vs 2, 1 vs 2)', () => {
    const B = F.blobs3;
    const m = new SVC({ C: 2, gamma: 0.2 }).start(B.X, B.y);
    const seen: string[] = [];
    for (let s = m.step(); s; s = m.step()) if (seen[seen.length - 1] !== s.classes.join()) seen.push(s.classes.join());
    expect(seen).toEqual(['1,3', '1,5', '3,5']);
    expect(m.dualCoef).toEqual(new SVC({ C: 2, gamma: 0.2 }).fit(B.X, B.y).dualCoef);
  });

  it('the hand-worked two-point case: one update reaches the optimum α = 2/‖x₁ − x₂‖²', () => {
    // Points (0,0) class 0 and (2,0) class 1, linear kernel: w = (1, 0), b = −1, α = 0.5 each, dual objective 0.5.
    const m = new SVC({ kernel: 'linear', C: 10 }).start([[0, 0], [2, 0]], [0, 1]);
    const s = m.step()!;
    expect(s.alphaI).toBeCloseTo(0.5, 12);
    expect(s.alphaJ).toBeCloseTo(0.5, 12);
    expect(s.objective).toBeCloseTo(0.5, 12);
    expect(m.step()).toBeNull();
    expect(m.coef[0][0]).toBeCloseTo(1, 12);
    expect(m.intercept[0]).toBeCloseTo(-1, 12);
  });
});

describe('bad input', () => {
  it('a single class, C ≤ 0, a bad kernel or gamma: clear errors', () => {
    expect(() => new SVC().fit([[0, 0], [1, 1]], [1, 1])).toThrow(/only one class \(1\), but at least 2 are needed/);
    expect(() => new SVC({ C: 0 })).toThrow(/C must be a finite number > 0; got 0/);
    expect(() => new SVC({ C: -1 })).toThrow(/C must be/);
    expect(() => new SVC({ gamma: 0 })).toThrow(/gamma must be a finite number > 0/);
    expect(() => new SVC({ gamma: 'big' as never })).toThrow(/gamma must be 'scale', 'auto' or a finite number > 0/);
    expect(() => new SVC({ kernel: 'cubic' as never })).toThrow(/kernel must be one of/);
    expect(() => new SVC({ maxIter: 0 })).toThrow(/maxIter must be an integer ≥ 1/);
    expect(() => new SVC().fit([[0, NaN], [1, 1]], [0, 1])).toThrow(/NaN at row 0, column 1/);
  });

  it('gamma at its extremes (1e-6 and 1e6) and C at its extremes: finite models', () => {
    for (const opts of [{ gamma: 1e-6 }, { gamma: 1e6 }, { C: 1e-6 }, { C: 1e6, gamma: 1 }]) {
      const m = new SVC({ ...opts, maxIter: 100000 }).fit(M.X, M.y);
      const f = m.decisionFunction(M.Xtest) as number[];
      expect(f.every(Number.isFinite), JSON.stringify(opts)).toBe(true);
      expect(m.intercept.every(Number.isFinite)).toBe(true);
    }
  });

  it('a kernel that overflows is refused with a message, not NaN', () => {
    expect(() => new SVC({ kernel: 'poly', degree: 400, gamma: 10 }).fit(M.X, M.y)).toThrow(/poly kernel is not finite.*lower gamma, degree or coef0/);
  });

  it('maxIter reached: a warning flag and the current solution', () => {
    const m = new SVC({ maxIter: 5 }).fit(M.X, M.y);
    expect(m.maxIterReached).toBe(true);
    expect(m.converged).toBe(false);
    expect(m.convergenceWarning).toMatch(/stopped after maxIter = 5/);
    expect(m.nIter).toEqual([5]);
    expect((m.decisionFunction(M.Xtest) as number[]).every(Number.isFinite)).toBe(true);
    expect(new SVC().fit(M.X, M.y).convergenceWarning).toBeNull();
  });

  it('all points of one class on one side of the other: still separated', () => {
    const X = [[0, 0], [0, 1], [0, 2], [5, 0], [5, 1], [5, 2]];
    const m = new SVC({ kernel: 'linear' }).fit(X, [0, 0, 0, 1, 1, 1]);
    expect(m.predict(X)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});
