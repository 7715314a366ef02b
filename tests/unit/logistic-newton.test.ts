// The exact solvers' per-iteration arithmetic (NewtonWork, arranged for speed: see its header) against the plain
// formulas, bit for bit, and fits pinned to the coefficients the row-by-row solver gave before that rearrangement.
import { describe, expect, it } from 'vitest';
import { LogisticRegression } from '../../src/core/models/linear';
import { objective, sigmoid, smoothGradient, toData, type LogisticData, type Penalty } from '../../src/core/models/linear/logistic-math';
import { NewtonWork } from '../../src/core/models/linear/logistic-newton';
import { Rng } from '../../src/core/random';

function problem(seed: number, n: number, d: number, noise: number) {
  const rng = new Rng(seed);
  const X = Array.from({ length: n }, () => Array.from({ length: d }, () => rng.normal() * (1 + rng.int(3))));
  const y = X.map((r) => (r.reduce((a, b, j) => a + b * (j % 2 ? -0.7 : 1), 0) + noise * rng.normal() > 0 ? 1 : 0));
  return { X, y };
}

/** The Hessian of the mean log-loss as the textbook writes it: Σ_i s_i·p_i(1−p_i)·x̃_i x̃_iᵀ / n, x̃ = [x, 1], row by row. */
function plainHessian(data: LogisticData, theta: Float64Array, penalty: Penalty, lam: number, m: number): Float64Array {
  const { X, n, d, sw } = data;
  const H = new Float64Array(m * m);
  for (let i = 0; i < n; i++) {
    let z = theta[d];
    for (let j = 0; j < d; j++) z += theta[j] * X[i * d + j];
    const p = sigmoid(z);
    const w = (sw ? sw[i] : 1) * p * (1 - p);
    const row = (a: number) => (a < d ? X[i * d + a] : 1);
    for (let a = 0; a < m; a++) for (let b = 0; b <= a; b++) H[a * m + b] += w * row(a) * row(b);
  }
  for (let a = 0; a < m; a++) for (let b = 0; b <= a; b++) { H[a * m + b] /= n; H[b * m + a] = H[a * m + b]; }
  if (penalty === 'l2') for (let j = 0; j < d; j++) H[j * m + j] += lam;
  return H;
}

describe('NewtonWork: the same numbers as the plain formulas, bit for bit', () => {
  for (const [label, sw] of [['unweighted', false], ['class-weighted', true]] as const) {
    for (const m of ['with intercept', 'without intercept'] as const) {
      it(`${label}, ${m}: objective, gradient and Hessian (penalties l2 and none)`, () => {
        const { X, y } = problem(7, 137, 6, 1);
        const base = toData(X, y, 'test');
        const data: LogisticData = sw ? { ...base, sw: Float64Array.from(y, (v) => (v ? 2.5 : 0.4)) } : base;
        const rng = new Rng(3);
        const theta = Float64Array.from({ length: 7 }, () => rng.normal());
        const size = m === 'with intercept' ? 7 : 6;
        for (const penalty of ['l2', 'none'] as const) {
          const lam = penalty === 'l2' ? 1 / (0.3 * 137) : 0;
          const work = new NewtonWork(data);
          const f = work.objective(theta, penalty, lam);
          expect(f).toBe(objective(data, theta, penalty, lam));
          work.accept();
          const g = new Float64Array(7), gPlain = new Float64Array(7);
          work.gradient(theta, penalty, lam, g);
          smoothGradient(data, theta, penalty, lam, gPlain);
          expect(Array.from(g)).toEqual(Array.from(gPlain));
          const H = new Float64Array(size * size);
          work.hessian(penalty, lam, size, H);
          expect(Array.from(H)).toEqual(Array.from(plainHessian(data, theta, penalty, lam, size)));
        }
      });
    }
  }

  it('a trial that is not accepted leaves the current scores alone', () => {
    const { X, y } = problem(8, 50, 3, 1);
    const data = toData(X, y, 'test');
    const a = new Float64Array([0.5, -0.2, 0.1, 0.3]), b = new Float64Array([3, 3, 3, 3]);
    const work = new NewtonWork(data);
    work.objective(a, 'l2', 0.01);
    work.accept();
    work.objective(b, 'l2', 0.01); // rejected trial
    const g = new Float64Array(4), gPlain = new Float64Array(4);
    work.gradient(a, 'l2', 0.01, g);
    smoothGradient(data, a, 'l2', 0.01, gPlain);
    expect(Array.from(g)).toEqual(Array.from(gPlain));
  });
});

describe('LogisticRegression.fit: the coefficients of the row-by-row solver, unchanged to the last bit', () => {
  // Printed by the solver before NewtonWork (commit accc66d): coef…, intercept, nIter.
  const cases = [
    [1, 900, 10, 1, { penalty: 'l2', C: 1 }, [1.914373135701319, -1.381576393353746, 1.7976107851441152, -1.2038651790036465, 1.8998780709185175, -1.2203415129893809, 1.8190495235794986, -1.2390557180220438, 1.9059547984063276, -1.1843818872794425, 0.16945911233412514, 9]],
    [2, 200, 7, 0.2, { penalty: 'l1', C: 1, classWeight: 'balanced' }, [1.851623602128296, -1.4680099708900987, 1.7205227736338802, -1.2859990382725297, 1.7879318214258935, -1.3880918474760233, 2.1737399550523464, -0.05732971804726774, 9]],
    [3, 40, 3, 0, { penalty: 'none' }, [111.3588013671297, -97.87335624663284, 55.320261427867145, -2.4181110020952348, 44]],
    [4, 30, 1, 1, { penalty: 'l2', C: 0.01, fitIntercept: false }, [0.18759631433541926, 0, 4]],
  ] as const;
  for (const [seed, n, d, noise, o, want] of cases) {
    it(`${n} × ${d}, ${JSON.stringify(o)}`, () => {
      const { X, y } = problem(seed, n, d, noise);
      const m = new LogisticRegression(o as never).fit(X, y);
      expect([...m.coef, m.intercept, m.nIter]).toEqual(want);
    });
  }
});

describe('newtonSolve stops after a full step whose decrement is at most 1e-10', () => {
  // The bench's crossValScore data, generated as bench/suites/model_selection.ts does; the last 900 rows. The old rule
  // (1e-12 after any step) took a 7th iteration here after a full step with decrement 1.2e-11, moving no coefficient
  // by more than 1e-10.
  const rng = new Rng(12);
  const XA = Array.from({ length: 200 }, () => [rng.normal(), rng.normal()]);
  XA.map(([a, b]) => (rng.random() < 0.15 ? rng.int(3) : a + b > 0.5 ? 2 : a - b > 0 ? 1 : 0));
  const XB = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => rng.normal()));
  const yB = XB.map((r) => (r[0] + 0.5 * r[1] - r[2] + 0.3 * r[3] + rng.normal() > 0 ? 1 : 0));
  const X = XB.slice(100), y = yB.slice(100);
  it('one iteration fewer than a run to the rounding floor, and the same optimum to 1e-9', () => {
    const m = new LogisticRegression({ penalty: 'l2', C: 1 }).fit(X, y);
    // tol 1e-13 forbids stopping on the decrement alone: the solver goes on until the steps are rounding-sized
    const floor = new LogisticRegression({ penalty: 'l2', C: 1, tol: 1e-13 }).fit(X, y);
    expect(m.converged).toBe(true);
    expect(m.nIter).toBe(6);
    expect(floor.nIter).toBeGreaterThan(6);
    for (let j = 0; j < 10; j++) expect(Math.abs(m.coef[j] - floor.coef[j])).toBeLessThan(1e-9);
    expect(Math.abs(m.intercept - floor.intercept)).toBeLessThan(1e-9);
  });
});
