/**
 * One run of the regularisation widget. Built at once: the data, the current fit and its curve, train/test MSE
 * against degree and the coefficient path. Each step fits one resampled training set (the bias–variance
 * decomposition), so "Resample" spreads up to 100 fits over frames with progress, and a link's count refits them.
 */
import { meanSquaredError } from '../../core/metrics';
import type { RunSession } from '../shared/run-options';
import { rowsKey } from '../shared/run-keys';
import { freshTargets, plotDomain, resampleSet, sigmaOf, testSet, trainSet, truth, type Sample } from './data';
import { decompose, meanCurve, type Decomposition } from './decomposition';
import { coefPath, degreeCurve, fitCurve, type CoefPath, type DegreeCurve, type FittedCurve, type ModelSpec, type Penalty } from './model';
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
}

export const emptyFrame = (): RegFrame => ({ sets: 0, curves: [], mean: null, decomposition: null });

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
  readonly degrees: DegreeCurve;
  readonly path: CoefPath | null;
  private readonly clean: number[];
  private readonly preds: number[][] = [];
  private readonly fresh: number[][] = [];
  private readonly curves: number[][] = [];
  /** Resampled fits whose coordinate descent did not converge. */
  unconverged = 0;
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
    this.degrees = previous?.degreeKey === this.degreeKey ? previous.degrees : degreeCurve(this.train.x, this.train.y, this.test.x, this.test.y, this.spec);
    this.path = previous?.pathKey === this.pathKey ? previous.path : coefPath(this.train.x, this.train.y, this.spec, ALPHA_RANGE);

    const notes: string[] = [];
    if (p.degree >= p.n) notes.push(`Degree ${p.degree} has ${p.degree + 1} coefficients for ${p.n} points: without a penalty the curve can pass through every training point (least squares then takes the smallest coefficients that do).`);
    if (this.fit.warning) notes.push(`${this.fit.warning}.`);
    this.notice = notes.join(' ');
  }


  get done(): boolean {
    return this.steps >= this.params.sets;
  }

  /** Fits the next resampled training set. */
  step(): boolean {
    if (this.done) return false;
    const r = this.steps;
    const s = resampleSet(this.params.n, this.sigma, this.params.seed, r);
    const f = fitCurve(s.x, s.y, this.spec);
    if (f.warning) this.unconverged++;
    this.preds.push(f.predict(this.test.x));
    this.fresh.push(freshTargets(this.test.x, this.sigma, this.params.seed, r));
    this.curves.push(f.predict(GRID_X));
    this.steps++;
    return !this.done;
  }

  frame(): RegFrame {
    const n = this.curves.length;
    return {
      sets: n,
      curves: this.curves.slice(),
      mean: n ? meanCurve(this.curves, GRID_X.length) : null,
      decomposition: decompose(this.preds, this.clean, this.fresh, this.sigma),
    };
  }
}
