// The regularisation widget (src/widgets/regularization) against scikit-learn and numpy
// (tests/fixtures/make_regularization_widget.py, on the widget's own seeded points): train/test MSE against degree,
// Ridge / Lasso / ElasticNet coefficients after PolynomialFeatures + StandardScaler, the coefficient paths, and the
// bias–variance decomposition from the same resampled training sets; bad input (more coefficients than points,
// alpha at the ends of its slider).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { fitCurve, type Penalty } from '../../src/widgets/regularization/model';
import { schema, type Params } from '../../src/widgets/regularization/params';
import { RegSession } from '../../src/widgets/regularization/session';

interface Fit { coef: number[]; intercept: number }
interface RegCase {
  over: Partial<Params>;
  params: Params;
  sigma: number;
  resamples: unknown[];
  sklearn: {
    trainMse: number[];
    testMse: number[];
    fit: Fit;
    ridge: Record<string, Fit>;
    lasso: Record<string, Fit & { nIter: number }>;
    path?: number[][];
    decomposition?: { bias2: number; variance: number; noise: number; total: number; measured: number; direct: number };
  };
}
const doc = JSON.parse(readFileSync(new URL('../fixtures/regularization_widget.json', import.meta.url), 'utf8'));
const cases: Record<string, RegCase> = doc.cases;
const grid: number[] = doc.grid;
const base = defaults(schema) as Params;
const params = (over: Partial<Params>) => ({ ...base, ...over }) as Params;

/** Largest |a − b| / max(1, |b|) over two arrays. */
function maxRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i])));
  return m;
}
const caseSession = (name: string) => new RegSession(params(cases[name].over));
const trainOf = (s: RegSession) => [s.train.x, s.train.y] as const;

describe('the widget’s data are what the reference script fitted', () => {
  it.each(Object.keys(cases))('%s', (name) => {
    const s = caseSession(name);
    const c = doc.cases[name];
    expect(s.train.x).toEqual(c.train.x);
    expect(s.train.y).toEqual(c.train.y);
    expect(s.test.y).toEqual(c.test.y);
  });
});

describe('train and test MSE against degree, as scikit-learn’s pipeline', () => {
  // Even least squares at degree 12 on 8 points (badly conditioned, minimum norm) agrees to ~1e-13.
  it.each(Object.keys(cases))('%s', (name) => {
    const s = caseSession(name);
    const want = cases[name].sklearn;
    expect(maxRel(s.degrees.train, want.trainMse)).toBeLessThan(1e-8);
    expect(maxRel(s.degrees.test, want.testMse)).toBeLessThan(1e-8);
  });
  it('the default link shows the U: test MSE falls, bottoms out and rises again while train MSE keeps falling', () => {
    const s = caseSession('defaults');
    const t = s.degrees.test, lo = t.indexOf(Math.min(...t));
    expect(lo).toBeGreaterThan(0);
    expect(t[14]).toBeGreaterThan(2 * t[lo]);
    expect(s.degrees.train[14]).toBeLessThan(s.degrees.train[lo]);
  });
});

describe('coefficients at the link’s degree', () => {
  it.each(['defaults', 'lasso', 'enet', 'noiseless'])('%s: the link’s model', (name) => {
    const s = caseSession(name);
    const want = cases[name].sklearn.fit;
    expect(maxRel(s.fit.coef, want.coef)).toBeLessThan(1e-8);
    expect(maxRel([s.fit.intercept], [want.intercept])).toBeLessThan(1e-8);
  });
  it.each(['1e-06', '0.001', '1.0', '1000.0'])('Ridge at alpha %s (the slider’s ends included)', (a) => {
    for (const name of ['defaults', 'lasso']) {
      const c = cases[name];
      const [x, y] = trainOf(caseSession(name));
      const f = fitCurve(x, y, { degree: c.params.degree, penalty: 'ridge', alpha: Number(a), l1Ratio: 0.5 });
      expect(maxRel(f.coef, c.sklearn.ridge[a].coef)).toBeLessThan(1e-8);
      expect(maxRel([f.intercept], [c.sklearn.ridge[a].intercept])).toBeLessThan(1e-8);
    }
  });
  it.each(['0.001', '0.01', '0.1', '1000.0'])('Lasso at alpha %s', (a) => {
    for (const name of ['defaults', 'lasso']) {
      const c = cases[name];
      const [x, y] = trainOf(caseSession(name));
      const f = fitCurve(x, y, { degree: c.params.degree, penalty: 'lasso', alpha: Number(a), l1Ratio: 1 });
      const want = c.sklearn.lasso[a];
      expect(maxRel(f.coef, want.coef)).toBeLessThan(1e-8);
      // exact zeros where scikit-learn has them
      want.coef.forEach((w, j) => { if (w === 0) expect(f.coef[j]).toBe(0); });
    }
  });
  it('a large alpha sets every lasso coefficient to exactly 0, and the curve to the mean of y', () => {
    const s = new RegSession(params({ penalty: 'lasso', alpha: 1000 }));
    expect(s.fit.coef.every((c) => c === 0)).toBe(true);
    const mean = s.train.y.reduce((t, v) => t + v, 0) / s.train.y.length;
    for (const v of s.curve) expect(v).toBeCloseTo(mean, 12);
  });
});

describe('the coefficient path', () => {
  it('ridge: every coefficient at every alpha of the grid', () => {
    const s = caseSession('defaults');
    expect(s.path!.alphas.map((a, k) => Math.abs(a - grid[k]) / grid[k]).every((e) => e < 1e-12)).toBe(true);
    const want = cases.defaults.sklearn.path!;
    want.forEach((coefs, k) => expect(maxRel(s.path!.coefs.map((c) => c[k]), coefs), `alpha ${grid[k]}`).toBeLessThan(1e-8));
  });
  it.each(['lasso', 'enet'])('%s: as scikit-learn’s path where its fits converge, zeros appearing one by one', (name) => {
    const s = caseSession(name);
    const want = cases[name].sklearn.path!;
    // Where the path's fits converged (tol 1e-4) it agrees with scikit-learn's to that tolerance; below, its fits stop at
    // a sweep limit (so a slider change redraws within a frame) and the widget says so.
    const from = s.path!.convergedFrom ?? 0;
    expect(from).toBeLessThan(0.02);
    // the L1 path is the grid's upper part (from 1e-4)
    const skip = grid.length - s.path!.alphas.length;
    expect(s.path!.alphas[0]).toBeGreaterThanOrEqual(1e-4);
    s.path!.alphas.forEach((a, k) => expect(Math.abs(a - grid[k + skip]) / a).toBeLessThan(1e-12));
    want.forEach((coefs, k) => {
      if (grid[k] < Math.max(from, 1e-3)) return;
      expect(maxRel(s.path!.coefs.map((c) => c[k - skip]), coefs), `alpha ${grid[k]}`).toBeLessThan(1e-3);
    });
    const nonZero = want.map((coefs) => coefs.filter((c) => c !== 0).length);
    const got = s.path!.alphas.map((_, k) => s.path!.coefs.filter((c) => c[k] !== 0).length);
    expect(got[got.length - 1]).toBe(0);
    expect(got.slice(20 - skip)).toEqual(nonZero.slice(20));
  });
});

describe('bias² + variance + noise from real refits', () => {
  it.each(['defaults', 'lasso', 'few', 'noiseless'])('%s: as numpy on scikit-learn’s refits of the same sets', (name) => {
    const c = cases[name];
    const s = new RegSession(params({ ...c.over, sets: c.resamples.length }));
    while (s.step());
    expect(s.steps).toBe(c.resamples.length);
    const d = s.frame().decomposition!;
    const want = c.sklearn.decomposition!;
    const tol = 1e-8;
    for (const k of ['bias2', 'variance', 'noise', 'total', 'measured'] as const) expect(maxRel([d[k]], [want[k]]), k).toBeLessThan(tol);
    // the parts sum to the expected error of the refits against the truth plus σ² (an identity), and the error measured
    // on fresh targets is close to it
    expect(maxRel([d.total], [want.direct])).toBeLessThan(tol);
    if (name !== 'few') expect(Math.abs(d.measured - d.total) / d.total).toBeLessThan(0.25);
  });
  it('noise is 0 without noise, and bias² dominates a straight line', () => {
    const s = new RegSession(params({ noise: 0, degree: 1, sets: 20 }));
    while (s.step());
    const d = s.frame().decomposition!;
    expect(d.noise).toBe(0);
    expect(d.bias2).toBeGreaterThan(10 * d.variance);
  });
  it('the trade-off curve: each degree’s point is that degree’s decomposition; bias² falls and variance rises', () => {
    const s = new RegSession(params({ penalty: 'none', sets: 20 }));
    while (s.step());
    const t = s.frame().tradeoff!;
    expect(t.degrees).toEqual(Array.from({ length: 15 }, (_, k) => k + 1));
    for (const d of [1, 3, 9]) {
      const one = new RegSession(params({ penalty: 'none', sets: 20, degree: d }));
      while (one.step());
      const want = one.frame().decomposition!;
      expect(t.bias2[d - 1]).toBe(want.bias2);
      expect(t.variance[d - 1]).toBe(want.variance);
    }
    // on the default data without a penalty: a line is mostly bias, degree 12 mostly variance
    expect(t.bias2[0]).toBeGreaterThan(10 * t.bias2[4]);
    expect(t.variance[11]).toBeGreaterThan(10 * t.variance[4]);
    expect(t.bias2[0]).toBeGreaterThan(t.variance[0]);
    expect(t.variance[11]).toBeGreaterThan(t.bias2[11]);
  });
  it('a degree change keeps the refits (they cover every degree); a penalty change refits', () => {
    const a = new RegSession(params({ sets: 20 }));
    while (a.step());
    const b = new RegSession(params({ sets: 20, degree: 9 }), a);
    expect(b.steps).toBe(20);
    const fresh = new RegSession(params({ sets: 20, degree: 9 }));
    while (fresh.step());
    expect(b.frame()).toEqual(fresh.frame());
    expect(new RegSession(params({ sets: 20, alpha: 0.1 }), a).steps).toBe(0);
    expect(new RegSession(params({ sets: 30 }), a).steps).toBe(20);
    expect(new RegSession(params({ sets: 20 }), a).steps).toBe(0); // Reset: the same params again
  });
  it('the same params give the same refits', () => {
    const a = new RegSession(params({ sets: 20 })), b = new RegSession(params({ sets: 20 }));
    while (a.step());
    while (b.step());
    expect(a.frame()).toEqual(b.frame());
  });
});

describe('bad input', () => {
  it('more coefficients than points: a notice, least squares still answers, nothing is NaN', () => {
    const s = caseSession('few');
    expect(s.notice).toMatch(/13 coefficients for 8 points/);
    expect(s.trainMse).toBeLessThan(1e-12); // through every point
    expect([...s.curve, s.testMse, ...s.degrees.test].every(Number.isFinite)).toBe(true);
  });
  it.each<[Penalty, number]>([['ridge', 1e-6], ['ridge', 1000], ['lasso', 1e-6], ['lasso', 1000], ['elasticnet', 1e-6], ['elasticnet', 1000]])(
    '%s at alpha %s (the slider’s ends): finite numbers, and a non-converged solver says so',
    (penalty, alpha) => {
      const s = new RegSession(params({ penalty, alpha, degree: 15, sets: 20 }));
      s.step();
      const f = s.frame();
      expect([...s.curve, s.trainMse, s.testMse, ...s.path!.coefs.flat(), ...f.curves.flat()].every(Number.isFinite)).toBe(true);
      if (s.fit.warning) expect(s.notice).toMatch(/did not converge/);
      if (penalty !== 'ridge' && alpha === 1e-6) expect(s.fit.warning).not.toBeNull();
    },
  );
});

describe('regularization session: the degree curve and the path are made when read', () => {
  it('a drag’s unread steps leave the settled session the same curves as a fresh one, and an α step keeps a path already made', () => {
    let prev = new RegSession(params({ penalty: 'ridge', alpha: 0.001 }));
    const firstPath = prev.path;
    for (const alpha of [0.01, 0.1, 1]) prev = new RegSession(params({ penalty: 'ridge', alpha }), prev); // never read
    const fresh = new RegSession(params({ penalty: 'ridge', alpha: 1 }));
    expect(prev.degrees).toEqual(fresh.degrees);
    expect(prev.path).toBe(firstPath); // the path does not depend on α
    expect(prev.path).toEqual(fresh.path);
    const deg = new RegSession(params({ penalty: 'ridge', alpha: 1, degree: 9 }), prev);
    expect(deg.degrees).toBe(prev.degrees); // nor the degree curve on the degree
    expect(deg.path).toEqual(new RegSession(deg.params).path);
    expect(deg.path).not.toEqual(prev.path);
  });
});
