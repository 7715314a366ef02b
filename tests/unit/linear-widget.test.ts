// The linear-regression widget's session (src/widgets/linear) against scikit-learn and numpy
// (tests/fixtures/make_linear_widget.py): the least-squares line and its R², RMSE and MAE on the widget's own points,
// an outlier's pull, the loss surface's curvature (largest stable learning rate), gradient descent reaching the
// least-squares answer, a diverging rate caught, and the inputs where the slope is not determined.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ladLine, linregress } from '../../src/core';
import { defaults } from '../../src/params';
import { regressionSummary } from '../../src/widgets/shared-eval/regression';
import { schema, type Params } from '../../src/widgets/linear/params';
import { LinearSession } from '../../src/widgets/linear/session';

const base = defaults(schema) as Params;
const params = (over: Partial<Params>) => ({ ...base, ...over }) as Params;

interface Scores { r2: number | null; rmse: number; mae: number }
interface LinearCase {
  over: Partial<Params>;
  train: number[][];
  test: number[][];
  sklearn: {
    coef: number;
    intercept: number;
    train: Scores;
    test: Scores | null;
    withoutOutlier?: { coef: number; intercept: number };
    linregress?: { slope: number; intercept: number; rvalue: number };
    lad?: { coef: number; intercept: number; loss: number };
    ladWithoutOutlier?: { coef: number; intercept: number; loss: number };
    surface: { startLoss: number; minLoss: number; optimum: [number, number]; lambdaMax: number; lambdaMin: number; lrMax: number };
  };
}
const doc = JSON.parse(readFileSync(new URL('../fixtures/linear_widget.json', import.meta.url), 'utf8'));
const fx: Record<string, LinearCase> = doc.cases;
const scipyLin: Record<string, { x: number[]; y: number[]; slope: number; intercept: number; rvalue: number }> = doc.linregress;

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
function run(s: LinearSession, max = 20000): number {
  let k = 0;
  while (k < max && s.step()) k++;
  return s.steps;
}
function expectScores(got: { r2: number; rmse: number; mae: number }, want: Scores, what: string) {
  if (want.r2 === null) expect(got.r2, `${what} R²`).toBeNaN();
  else expect(rel(got.r2, want.r2), `${what} R²`).toBeLessThan(1e-10);
  expect(rel(got.rmse, want.rmse), `${what} RMSE`).toBeLessThan(1e-10);
  expect(rel(got.mae, want.mae), `${what} MAE`).toBeLessThan(1e-10);
}
const allFinite = (f: ReturnType<LinearSession['frame']>) =>
  [f.gd.w, f.gd.b, f.loss, f.gradNorm, ...f.gdParams, ...f.path.flat()].every(Number.isFinite);

describe('linear widget against scikit-learn', () => {
  for (const [name, c] of Object.entries(fx)) {
    describe(name, () => {
      const s = new LinearSession(params(c.over));
      const sk = c.sklearn;

      it('builds the points the reference was computed on', () => {
        // if this fails the widget's data changed: re-run make_linear_widget.py only if that was intended
        const rows = (test: boolean) => s.data.points.filter((q) => q.test === test).map((q) => [q.x, q.y]);
        expect(rows(false)).toEqual(c.train);
        expect(rows(true)).toEqual(c.test);
      });

      it('draws scikit-learn’s least-squares line with its R², RMSE and MAE', () => {
        expect(rel(s.ls!.w, sk.coef)).toBeLessThan(1e-10);
        expect(rel(s.ls!.b, sk.intercept)).toBeLessThan(1e-10);
        const f = s.frame();
        expectScores(f.train.ls, sk.train, 'train');
        if (sk.test) expectScores(regressionSummary(f.test), sk.test, 'held-out');
        else expect(f.test.yTrue).toEqual([]);
      });

      it('has numpy’s loss surface: start, minimum, curvature and the largest stable learning rate', () => {
        const sf = s.surface!;
        expect(rel(s.frame().loss, sk.surface.startLoss)).toBeLessThan(1e-10);
        expect(Math.abs(sf.lossMin - sk.surface.minLoss)).toBeLessThan(1e-9 * Math.max(1, sk.surface.startLoss));
        expect(rel(sf.lrMax, sk.surface.lrMax)).toBeLessThan(1e-9);
        if (sk.surface.lambdaMin > 1e-9 * sk.surface.lambdaMax) {
          expect(rel(sf.condition, sk.surface.lambdaMax / sk.surface.lambdaMin)).toBeLessThan(1e-6);
          expect(rel(sf.optimum[0], sk.surface.optimum[0])).toBeLessThan(1e-9);
          expect(rel(sf.optimum[1], sk.surface.optimum[1])).toBeLessThan(1e-9);
        } else {
          expect(sf.condition).toBe(Infinity);
        }
      });

      it('gradient descent walks to the least-squares line (or, where the slope is free, to an equally good one)', () => {
        const g = new LinearSession(params({ ...c.over, lr: Math.min(0.5 * sk.surface.lrMax, 0.5) }));
        run(g);
        expect(g.diverged).toBe(false);
        expect(g.done).toBe(true);
        const f = g.frame();
        expect(allFinite(f)).toBe(true);
        expect(Math.abs(f.loss - sk.surface.minLoss)).toBeLessThan(1e-9 * Math.max(1, sk.surface.startLoss));
        if (sk.surface.lambdaMin > 1e-9 * sk.surface.lambdaMax) {
          expect(Math.abs(f.gd.w - sk.coef)).toBeLessThan(1e-5);
          expect(Math.abs(f.gd.b - sk.intercept)).toBeLessThan(1e-5 * Math.max(1, Math.abs(sk.intercept)));
        }
      });
    });
  }
});

describe('the outlier slider', () => {
  it('places one training point the slider’s distance off the line fitted without it, and measures its pull', () => {
    for (const name of ['outlier', 'outlier-below']) {
      const c = fx[name];
      const s = new LinearSession(params(c.over));
      const o = s.data.points.find((q) => q.kind === 'outlier')!;
      const wo = s.data.withoutOutlier!;
      expect(rel(wo.w, c.sklearn.withoutOutlier!.coef)).toBeLessThan(1e-10);
      expect(rel(wo.b, c.sklearn.withoutOutlier!.intercept)).toBeLessThan(1e-10);
      expect(o.y - (wo.w * o.x + wo.b)).toBeCloseTo(c.over.outlier!, 10);
      // the pull scikit-learn measures: a point above the line at the right edge tilts the line up, one below tilts it down
      expect(Math.sign(c.sklearn.coef - wo.w)).toBe(Math.sign(c.over.outlier!));
    }
    // 8 above the line moves the default data's slope from about 1.04 to 1.56 (scikit-learn)
    expect(fx.outlier.sklearn.withoutOutlier!.coef).toBeCloseTo(fx.defaults.sklearn.coef, 12);
    expect(fx.outlier.sklearn.coef).toBeCloseTo(1.5603, 4);
  });

  it('0 means no outlier', () => {
    const s = new LinearSession(params({}));
    expect(s.data.withoutOutlier).toBeNull();
    expect(s.data.points.some((q) => q.kind === 'outlier')).toBe(false);
  });
});

describe('learning rate against the bowl', () => {
  const lrMax = fx.defaults.sklearn.surface.lrMax;

  it('just below 2/λmax it zig-zags across the minimum and still converges', () => {
    const s = new LinearSession(params({ lr: Number((0.9 * lrMax).toPrecision(4)) }));
    for (let k = 0; k < 6; k++) s.step();
    const w0 = s.surface!.optimum[0];
    const side = s.frame().path.slice(1).map(([w]) => Math.sign(w - w0));
    side.slice(1).forEach((v, k) => expect(v).toBe(-side[k]));
    run(s);
    expect(s.diverged).toBe(false);
    expect(Math.abs(s.frame().gd.w - fx.defaults.sklearn.coef)).toBeLessThan(1e-5);
  });

  it('above it the loss grows until the run stops as diverged, with a message and finite numbers', () => {
    const s = new LinearSession(params({ lr: Number((1.1 * lrMax).toPrecision(4)) }));
    const steps = run(s);
    expect(s.diverged).toBe(true);
    expect(s.done).toBe(false);
    expect(steps).toBeLessThan(500);
    expect(s.step()).toBe(false);
    expect(s.steps).toBe(steps);
    expect(s.divergence).toMatch(/^Diverged at update \d+: the loss grew from 2\.94 to [\d.e+]+\. The learning rate 1\.1 is above 2\/λmax = 1, /);
    const f = s.frame();
    expect(allFinite(f)).toBe(true);
    expect(f.loss).toBeGreaterThan(1e4 * fx.defaults.sklearn.surface.startLoss);
  });

  it('the unscaled feature makes a long valley in which the default rate diverges', () => {
    const raw = fx.raw.sklearn.surface;
    expect(raw.lambdaMax / raw.lambdaMin).toBeGreaterThan(50);
    expect(raw.lrMax).toBeLessThan(0.1);
    const s = new LinearSession(params({ standardize: false }));
    run(s);
    expect(s.diverged).toBe(true);
    expect(s.divergence).toMatch(/or standardise x/);
    // standardised, the same points give a round bowl (λmax = λmin = 2)
    const d = fx.defaults.sklearn.surface;
    expect(d.lambdaMax).toBeCloseTo(2, 12);
    expect(d.lambdaMin).toBeCloseTo(2, 12);
  });

  it.each(['momentum', 'adam'] as const)('%s also reaches the least-squares line', (optimizer) => {
    const s = new LinearSession(params({ optimizer }));
    run(s);
    expect(s.done).toBe(true);
    expect(Math.abs(s.frame().gd.w - fx.defaults.sklearn.coef)).toBeLessThan(1e-5);
  });
});

describe('bad input: an answer, a message, never NaN where a number is defined', () => {
  it('one point: the flat line through it, R² undefined', () => {
    const s = new LinearSession(params(fx['one-point'].over));
    expect(s.notice).toMatch(/^Only one training point: every line through it fits perfectly/);
    expect(s.ls).toEqual({ w: 0, b: 2 });
    const f = s.frame();
    expect(f.train.ls.r2).toBeNaN(); // shown as "—"
    expect(f.train.ls.rmse).toBe(0);
    expect(allFinite(f)).toBe(true);
  });

  it('all x equal: w = 0 and b = mean y, with a message; gradient descent ends on a line through the mean', () => {
    for (const name of ['same-x', 'same-x-raw']) {
      const s = new LinearSession(params(fx[name].over));
      expect(s.notice).toMatch(/^All training points have the same x \((1|2)\): .* the slope is not determined/);
      expect(s.ls!.w).toBe(0);
      expect(s.ls!.b).toBeCloseTo(4, 12);
      expect(s.surface!.condition).toBe(Infinity);
      run(s);
      const f = s.frame();
      expect(allFinite(f)).toBe(true);
      const x = fx[name].train[0][0];
      expect(f.gd.w * x + f.gd.b).toBeCloseTo(4, 5);
    }
  });

  it('no points: a message, nothing to run', () => {
    const s = new LinearSession(params({ dataset: 'clicks' }));
    expect(s.notice).toBe('No points yet: click the plot to add some.');
    expect(s.done).toBe(true);
    expect(s.step()).toBe(false);
    expect(s.ls).toBeNull();
  });

  it('the same params give the same run, update for update', () => {
    const a = new LinearSession(params({ standardize: false, lr: 0.04 }));
    const b = new LinearSession(params({ standardize: false, lr: 0.04 }));
    for (let k = 0; k < 37; k++) { a.step(); b.step(); }
    expect(a.frame()).toEqual(b.frame());
  });
});

describe('core linregress (the widget’s least-squares line) against scipy.stats.linregress', () => {
  it('matches scipy on every case’s training points and on its own inputs', () => {
    const inputs = [
      ...Object.values(fx).filter((c) => c.sklearn.linregress).map((c) => ({ x: c.train.map((r) => r[0]), y: c.train.map((r) => r[1]), ...c.sklearn.linregress! })),
      ...Object.values(scipyLin),
    ];
    expect(inputs.length).toBeGreaterThan(8);
    for (const c of inputs) {
      const r = linregress(c.x, c.y);
      expect(rel(r.slope, c.slope)).toBeLessThan(1e-9);
      // far from zero the intercept is a difference of numbers near 3e5: compare at the scale of ȳ and slope·x̄
      expect(Math.abs(r.intercept - c.intercept)).toBeLessThan(1e-9 * Math.max(1, Math.abs(c.slope * c.x[0])));
      expect(rel(r.rvalue, c.rvalue)).toBeLessThan(1e-9);
      expect(r.rank).toBe(1);
    }
  });

  it('equal x (even when the mean rounds): slope 0, intercept ȳ, rank 0, where scipy refuses', () => {
    expect(linregress([0.1, 0.1, 0.1], [1, 2, 6])).toEqual({ slope: 0, intercept: 3, rvalue: 0, rank: 0 });
    expect(linregress([5], [2])).toEqual({ slope: 0, intercept: 2, rvalue: 0, rank: 0 });
    expect(() => linregress([], [])).toThrow('linregress: x is empty');
    expect(() => linregress([1, 2], [1])).toThrow('linregress: x and y have different lengths (2 vs 1)');
    expect(() => linregress([1, NaN], [1, 2])).toThrow('linregress: x and y must be finite (row 1)');
  });
});

describe('core ladLine (least absolute deviations) against scikit-learn’s QuantileRegressor(quantile=0.5, alpha=0)', () => {
  const absLoss = (x: number[], y: number[], w: number, b: number) => x.reduce((s, xi, i) => s + Math.abs(y[i] - w * xi - b), 0);

  it('reaches the same least total absolute error on every case’s training points', () => {
    const cases = Object.values(fx).filter((c) => c.sklearn.lad);
    expect(cases.length).toBeGreaterThan(4);
    for (const c of cases) {
      const x = c.train.map((r) => r[0]), y = c.train.map((r) => r[1]);
      const r = ladLine(x, y);
      // the minimum is what is unique (with an even count the best intercept can be a whole interval)
      expect(rel(r.loss, c.sklearn.lad!.loss)).toBeLessThan(1e-9);
      expect(rel(absLoss(x, y, r.slope, r.intercept), r.loss)).toBeLessThan(1e-12);
      expect(Math.abs(r.slope - c.sklearn.lad!.coef)).toBeLessThan(1e-6);
    }
  });

  it('hardly moves for the outlier that drags least squares (scikit-learn’s numbers), and the session shows both', () => {
    const c = fx.outlier;
    const sk = c.sklearn;
    expect(Math.abs(sk.lad!.coef - sk.ladWithoutOutlier!.coef)).toBeLessThan(0.05);
    expect(sk.coef - sk.withoutOutlier!.coef).toBeGreaterThan(0.5);
    const s = new LinearSession(params(c.over));
    expect(Math.abs(s.lad!.w - sk.lad!.coef)).toBeLessThan(1e-6);
    expect(Math.abs(s.ladWithoutOutlier!.w - sk.ladWithoutOutlier!.coef)).toBeLessThan(1e-6);
    const f = s.frame();
    expect(f.train.lad.mae).toBeLessThanOrEqual(f.train.ls.mae);
    expect(f.train.lad.rmse).toBeGreaterThanOrEqual(f.train.ls.rmse);
  });

  it('hand-checked: a far y does not move it; equal x give slope 0 and the median', () => {
    // through (1, 1), (2, 2), (3, 3), (4, 4) with (5, 50): the line y = x leaves total error 45, and any tilt costs more
    const r = ladLine([1, 2, 3, 4, 5], [1, 2, 3, 4, 50]);
    expect(r.slope).toBeCloseTo(1, 12);
    expect(r.intercept).toBeCloseTo(0, 12);
    expect(r.loss).toBeCloseTo(45, 12);
    expect(ladLine([2, 2, 2], [1, 5, 9])).toEqual({ slope: 0, intercept: 5, loss: 8 });
    expect(() => ladLine([], [])).toThrow('ladLine: x is empty');
  });
});
