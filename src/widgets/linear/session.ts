/**
 * One run of the linear-regression widget: the points, the least-squares line (closed form, at once) and a line
 * trained by gradient descent on the same training MSE, one update per step, with its path over the loss surface.
 * Everything derives from the params and the seed, so the same params give the same run, update for update.
 */
import { fmtSig } from '../../charts/format';
import { LinearRegressionGD } from '../../core/models/linear/gradient-descent';
import { ladLine } from '../../core/models/linear/lad';
import { StandardScaler } from '../../core/preprocess';
import { regressionSummary, type RegressionSummary } from '../shared-eval/regression';
import type { RunSession } from '../shared/run-options';
import { buildPoints, lsLine, type LinearData } from './data';
import type { MultiState } from './multi';
import type { MultiSource } from './multi-tables.svelte';
import type { Params } from './params';
import { contourLevels, curvature, gradientAt, lossAt, moments, surfaceDomain, surfaceGrid, type Moments, type SurfaceDomain } from './surface';

/** A line in the plotted x: ŷ = w·x + b. */
export interface Line {
  w: number;
  b: number;
}

export interface Surface {
  /** The five means the whole surface follows from (surface.ts). */
  moments: Moments;
  domain: SurfaceDomain;
  nx: number;
  ny: number;
  values: Float64Array;
  levels: number[];
  /** The least-squares answer in gradient descent's coordinates, and its loss (the bottom of the bowl). */
  optimum: [number, number];
  lossMin: number;
  /** 2/λmax: plain gradient descent converges below this rate and diverges above it. */
  lrMax: number;
  /** λmax/λmin: 1 is a round bowl; large is a long valley (Infinity: a flat one, the slope is not determined). */
  condition: number;
}

export interface LinearFrame {
  steps: number;
  /** Gradient descent's line in the plotted x, and its parameters in the coordinates it trains in. */
  gd: Line;
  gdParams: [number, number];
  loss: number;
  gradNorm: number;
  /** The path of (w, b) from the start, in training coordinates. */
  path: [number, number][];
  train: { ls: RegressionSummary; gd: RegressionSummary; lad: RegressionSummary };
  /** The held-out rows and the least-squares line's predictions for them. */
  test: { yTrue: number[]; yPred: number[] };
  /** The divergence explained with this run's numbers, or '' (in the frame: the session itself is not reactive). */
  divergence: string;
}

export const GRID = 90;
const MAX_PATH = 3000;
/** The loss growing this many times above its start counts as diverged (the path has left the bowl for good). */
const BLOW_UP = 1e4;
/** Converged: the gradient is this small relative to the loss's scale. */
const TOL = 1e-7;

export class LinearSession implements RunSession {
  readonly data: LinearData;
  /** Least squares on the training points, in the plotted x (null without training points). */
  readonly ls: Line | null;
  /** Least absolute deviations on the training points (and without the outlier, when there is one). */
  readonly lad: Line | null;
  readonly ladWithoutOutlier: Line | null;
  readonly surface: Surface | null;
  /** z = (x − center) / scale: the coordinates gradient descent trains in (center 0, scale 1 when unscaled). */
  readonly center: number;
  readonly scale: number;
  steps = 0;
  diverged = false;
  /** Why the run stopped or what the data cannot say (one point, all x equal), or ''. */
  notice = '';
  /** The divergence explained with this run's numbers, or ''. */
  divergence = '';
  private readonly model: LinearRegressionGD | null;
  private readonly moments: Moments | null;
  private readonly startLoss: number;
  private path: [number, number][] = [[0, 0]];
  private converged = false;
  /** The several-features view (multi.ts): independent of the 1-D points above. */
  readonly multi: MultiState;

  /**
   * `multi` is where the several-features rows come from, with the fitting code (its own chunk, loaded with the first
   * table); `previous` lends its fits when they did not change.
   */
  constructor(readonly params: Params, previous: LinearSession | null = null, multi: MultiSource = { kind: 'none' }) {
    this.multi = multi.kind === 'ready' ? multi.fit(multi, { model: params.fit as 'ols' | 'ridge', alpha: params.alpha, seed: params.seed }, previous?.multi ?? null) : multi;
    this.data = buildPoints(params);
    const { XTrain, yTrain } = this.data;
    const n = XTrain.length;
    if (n === 0) {
      this.ls = null;
      this.lad = null;
      this.ladWithoutOutlier = null;
      this.surface = null;
      this.model = null;
      this.moments = null;
      this.center = 0;
      this.scale = 1;
      this.startLoss = NaN;
      this.notice = params.dataset === 'clicks' ? 'No points yet: click the plot to add some.' : 'No training points.';
      return;
    }
    const xs = XTrain.map((r) => r[0]);
    this.ls = lsLine(xs, yTrain);
    this.lad = ladOf(xs, yTrain);
    // the outlier is the last training point (data.ts puts it last)
    this.ladWithoutOutlier = this.data.withoutOutlier && n > 1 ? ladOf(xs.slice(0, -1), yTrain.slice(0, -1)) : null;
    const scaler = params.standardize ? new StandardScaler().fit(XTrain) : null;
    this.center = scaler?.mean?.[0] ?? 0;
    this.scale = scaler?.scale?.[0] ?? 1;
    const Z = XTrain.map((r) => [(r[0] - this.center) / this.scale]);
    this.moments = moments(Z.map((r) => r[0]), yTrain);
    this.model = new LinearRegressionGD({ optimizer: params.optimizer as 'sgd' | 'momentum' | 'adam', learningRate: params.lr }).start(Z, yTrain);
    this.startLoss = lossAt(this.moments, 0, 0);
    this.surface = this.buildSurface(this.moments, this.ls);

    if (n === 1) {
      this.notice = 'Only one training point: every line through it fits perfectly, so the slope is not determined. Least squares returns the flat one (w = 0, the minimum-norm answer); R² needs two points (—).';
    } else if (xs.every((x) => x === xs[0])) {
      this.notice = `All training points have the same x (${+xs[0].toFixed(3)}): every line through their mean has the same error, so the slope is not determined. Least squares returns the minimum-norm answer, w = 0 and b = mean y.`;
    }
    this.converged = this.gradNorm(0, 0) <= this.tolerance();
  }

  /** One gradient update. False once the run has diverged or converged (nothing more to do). */
  step(): boolean {
    const m = this.model;
    if (!m || this.diverged || this.converged) return false;
    const r = m.step();
    const [w, b] = [r.coef[0], r.intercept];
    if (r.diverged || !(r.loss <= BLOW_UP * Math.max(this.startLoss, 1e-12))) {
      this.diverged = true;
      const lrMax = this.surface?.lrMax ?? NaN;
      const opt = this.params.optimizer === 'sgd' ? '' : ` (that bound is for plain gradient descent; ${this.params.optimizer} moves differently, but the cure is the same)`;
      this.divergence = `Diverged at update ${r.iteration}: the loss grew from ${fmt(this.startLoss)} to ${fmt(r.loss)}. `
        + `The learning rate ${this.params.lr} is above 2/λmax = ${fmt(lrMax)}, the largest step this bowl allows${opt}. `
        + `Lower it${this.params.standardize ? '' : ', or standardise x (a rounder bowl allows larger steps)'}, then press Reset.`;
      if (r.diverged) return false;
    }
    this.steps++;
    this.record(w, b);
    if (this.diverged) return false;
    this.converged = r.gradNorm <= this.tolerance();
    return !this.converged;
  }

  get done(): boolean {
    return !this.model || this.converged;
  }

  /** What the views draw now (once per frame). */
  frame(): LinearFrame {
    const m = this.model;
    const w = m ? m.coef[0] : 0, b = m ? m.intercept : 0;
    const gd = this.toPlotted(w, b);
    const { XTrain, yTrain, XTest, yTest } = this.data;
    const predict = (l: Line | null, X: number[][]) => X.map((r) => (l ? l.w * r[0] + l.b : NaN));
    return {
      steps: this.steps,
      gd,
      gdParams: [w, b],
      loss: this.moments ? lossAt(this.moments, w, b) : NaN,
      gradNorm: this.gradNorm(w, b),
      path: this.path.slice(),
      train: {
        ls: regressionSummary({ yTrue: yTrain, yPred: predict(this.ls, XTrain) }),
        gd: regressionSummary({ yTrue: yTrain, yPred: predict(gd, XTrain) }),
        lad: regressionSummary({ yTrue: yTrain, yPred: predict(this.lad, XTrain) }),
      },
      test: { yTrue: yTest, yPred: predict(this.ls, XTest) },
      divergence: this.divergence,
    };
  }

  /** A line in training coordinates (ŷ = w·z + b) as a line in the plotted x. */
  toPlotted(w: number, b: number): Line {
    return { w: w / this.scale, b: b - (w * this.center) / this.scale };
  }

  private gradNorm(w: number, b: number): number {
    if (!this.moments) return NaN;
    const [gw, gb] = gradientAt(this.moments, w, b);
    return Math.hypot(gw, gb);
  }

  /** Converged: the gradient is tiny against the loss at the start (scale-free, so any units of y work). */
  private tolerance(): number {
    return TOL * Math.max(Math.sqrt(this.startLoss), 1e-12);
  }

  private buildSurface(m: Moments, ls: Line): Surface {
    // The least-squares line in the training coordinates: ŷ = w·x + b = (w·scale)·z + (b + w·center).
    const optimum: [number, number] = [ls.w * this.scale, ls.b + ls.w * this.center];
    const domain = surfaceDomain(optimum);
    const values = surfaceGrid(m, domain, GRID, GRID);
    const lossMin = lossAt(m, optimum[0], optimum[1]);
    let top = 0;
    for (const v of values) top = Math.max(top, v);
    const k = curvature(m);
    return {
      moments: m, domain, nx: GRID, ny: GRID, values, optimum, lossMin,
      levels: contourLevels(lossMin, top),
      lrMax: 2 / k.max,
      condition: k.min > 1e-12 * k.max ? k.max / k.min : Infinity,
    };
  }

  private record(w: number, b: number): void {
    this.path.push([w, b]);
    // Long runs keep every other point of the older half: the start of the path, where it moves most, stays sharp.
    if (this.path.length > MAX_PATH) this.path = this.path.filter((_, i) => i < 200 || i % 2 === 0 || i === this.path.length - 1);
  }
}

const fmt = (v: number) => fmtSig(v, 3);

function ladOf(x: number[], y: number[]): Line {
  const r = ladLine(x, y);
  return { w: r.slope, b: r.intercept };
}

/** The view before the first build, or when a build failed. */
export function emptyFrame(): LinearFrame {
  const none: RegressionSummary = { n: 0, r2: NaN, rmse: NaN, mae: NaN, explainedVariance: NaN };
  return { steps: 0, gd: { w: 0, b: 0 }, gdParams: [0, 0], loss: NaN, gradNorm: NaN, path: [], train: { ls: none, gd: none, lad: none }, test: { yTrue: [], yPred: [] }, divergence: '' };
}
