/**
 * One run of the regularisation widget. Built at once: the data, the current fit and its curve, train/test MSE
 * against degree and the coefficient path. Each step fits one resampled training set at every degree (the bias–variance
 * decomposition, and its trade-off curve against degree), so "Resample" spreads up to 100 × 15 fits over frames with
 * progress, and a link's count refits them. A degree change keeps the refits: they cover every degree.
 */
import { meanSquaredError } from '../../core/metrics';
import type { RunSession } from '../shared/run-options';
import { rowsKey } from '../shared/run-keys';
import { freshTargets, plotDomain, resampleSet, sigmaOf, testSet, trainSet, truth, type Sample } from './data';
import { decompose, meanCurve, type Decomposition } from './decomposition';
import { MAX_DEGREE, coefPath, degreeCurve, fitCurve, type CoefPath, type DegreeCurve, type FittedCurve, type ModelSpec, type Penalty } from './model';
import { schema, type Params } from './params';

/** Where the curves are drawn. */
export const GRID_X = Array.from({ length: 121 }, (_, i) => -3.5 + (7 * i) / 120);
const ALPHA_RANGE: [number, number] = [schema.find((r) => r.name === 'alpha')!.min as number, schema.find((r) => r.name === 'alpha')!.max as number];

export interface RegFrame {
  sets: number;
  /** Fitted curves of the resampled sets on GRID_X (faint), and their mean. */
  curves: number[][];
  mean: number[] | null;
  decomposition: Decomposition | null;
  /** The decomposition at every degree 1…15 (same sets, same penalty and alpha), or null before Resample. */
  tradeoff: { degrees: number[]; bias2: number[]; variance: number[]; total: number[] } | null;
}

export const emptyFrame = (): RegFrame => ({ sets: 0, curves: [], mean: null, decomposition: null, tradeoff: null });

export class RegSession implements RunSession {
  steps = 0;
  readonly notice: string;
  readonly sigma: number;
  readonly train: Sample;
  readonly test: Sample;
  readonly domain: { x: [number, number]; y: [number, number] };
  readonly spec: ModelSpec;
  readonly fit: FittedCurve;
  readonly curve: number[];
  readonly trainMse: number;
  readonly testMse: number;
  /** The fit's predictions at the test x. */
  readonly testPred: number[];
  /** Train and test MSE at every degree, and the coefficient path: computed when first read (below), kept across
   * changes they do not depend on. A drag's intermediate sessions are never read for them (the widget reads a
   * settled session's), so a slider step does not pay for fifteen fits and a path. */
  private degreesCache: DegreeCurve | null;
  private pathCache: CoefPath | null | undefined;
  private readonly clean: number[];
  /** Per degree (index degree − 1), per resampled set: predictions at the test x and on GRID_X. */
  private readonly preds: number[][][];
  private readonly curves: number[][][];
  private readonly fresh: number[][];
  /** Per degree: resampled fits whose coordinate descent did not converge. */
  private readonly stopped: number[];
  private readonly refitKey: string;
  private readonly degreeKey: string;
  private readonly pathKey: string;

  constructor(readonly params: Params, previous: RegSession | null = null) {
    const p = params;
    this.sigma = sigmaOf(p.noise);
    const same = (kinds: ('data' | 'model')[], except: string[]) => rowsKey(schema, p, kinds, except);
    const prevData = previous && rowsKey(schema, previous.params, ['data']) === same(['data'], []) ? previous : null;
    this.train = prevData?.train ?? trainSet(p.n, this.sigma, p.seed);
    this.test = prevData?.test ?? testSet(this.sigma, p.seed);
    this.domain = plotDomain(this.train);
    this.clean = this.test.x.map(truth);
    this.spec = { degree: p.degree, penalty: p.penalty as Penalty, alpha: p.alpha, l1Ratio: p.l1Ratio };

    this.fit = fitCurve(this.train.x, this.train.y, this.spec);
    this.curve = this.fit.predict(GRID_X);
    this.trainMse = meanSquaredError(this.train.y, this.fit.predict(this.train.x));
    this.testPred = this.fit.predict(this.test.x);
    this.testMse = meanSquaredError(this.test.y, this.testPred);

    // The degree curve does not depend on the degree, nor the path on alpha: keep them when only those moved.
    this.degreeKey = same(['data', 'model'], ['degree', 'sets']);
    this.pathKey = same(['data', 'model'], ['alpha', 'sets']);
    this.degreesCache = previous?.degreeKey === this.degreeKey ? previous.degreesCache : null;
    this.pathCache = previous?.pathKey === this.pathKey ? previous.pathCache : undefined;
    // The refits do not depend on the degree shown (each set is fitted at every degree), nor the first sets on their number.
    this.refitKey = same(['data', 'model'], ['degree', 'sets']);
    // A rebuild with nothing changed is Reset (Clear): it drops them.
    const reset = previous && rowsKey(schema, previous.params, ['data', 'model']) === same(['data', 'model'], []);
    const keep = !reset && previous?.refitKey === this.refitKey ? Math.min(previous.steps, p.sets) : 0;
    const carry = <T>(a: T[] | undefined) => (a ?? []).slice(0, keep);
    this.preds = Array.from({ length: MAX_DEGREE }, (_, d) => carry(previous?.preds[d]));
    this.curves = Array.from({ length: MAX_DEGREE }, (_, d) => carry(previous?.curves[d]));
    this.fresh = carry(previous?.fresh);
    this.stopped = keep ? previous!.stopped.slice() : new Array<number>(MAX_DEGREE).fill(0);
    this.steps = keep;

    const notes: string[] = [];
    if (p.degree >= p.n) notes.push(`Degree ${p.degree} has ${p.degree + 1} coefficients for ${p.n} points: without a penalty the curve can pass through every training point (least squares then takes the smallest coefficients that do).`);
    if (this.fit.warning) notes.push(`${this.fit.warning}.`);
    this.notice = notes.join(' ');
  }


  get degrees(): DegreeCurve {
    return (this.degreesCache ??= degreeCurve(this.train.x, this.train.y, this.test.x, this.test.y, this.spec));
  }

  get path(): CoefPath | null {
    if (this.pathCache === undefined) this.pathCache = coefPath(this.train.x, this.train.y, this.spec, ALPHA_RANGE);
    return this.pathCache;
  }

  get done(): boolean {
    return this.steps >= this.params.sets;
  }

  /** Fits the next resampled training set. */
  step(): boolean {
    if (this.done) return false;
    const r = this.steps;
    const s = resampleSet(this.params.n, this.sigma, this.params.seed, r);
    for (let d = 1; d <= MAX_DEGREE; d++) {
      const f = fitCurve(s.x, s.y, { ...this.spec, degree: d });
      if (f.warning) this.stopped[d - 1]++;
      this.preds[d - 1].push(f.predict(this.test.x));
      this.curves[d - 1].push(f.predict(GRID_X));
    }
    this.fresh.push(freshTargets(this.test.x, this.sigma, this.params.seed, r));
    this.steps++;
    return !this.done;
  }

  /** Resampled fits at the current degree whose coordinate descent did not converge. */
  get unconverged(): number {
    return this.stopped[this.params.degree - 1];
  }

  frame(): RegFrame {
    const k = this.params.degree - 1;
    const n = this.fresh.length;
    const parts = n ? this.preds.map((pr) => decompose(pr, this.clean, this.fresh, this.sigma)!) : null;
    return {
      sets: n,
      curves: this.curves[k].slice(),
      mean: n ? meanCurve(this.curves[k], GRID_X.length) : null,
      decomposition: parts ? parts[k] : null,
      tradeoff: parts && {
        degrees: parts.map((_, d) => d + 1),
        bias2: parts.map((q) => q.bias2),
        variance: parts.map((q) => q.variance),
        total: parts.map((q) => q.total),
      },
    };
  }
}
