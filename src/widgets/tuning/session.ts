// The tuning widget apart from the screen: a stratified train/test split, the same folds for both searches,
// grid and random search advanced one fold fit per step (alternating, so the two spend the same budget at the
// same pace), then the chosen models refitted on the whole training set and scored once on the test set, then
// the validation and learning curves of the better one, a row per step.
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { trainTestSplit } from '../../core/data/split';
import { checkCv, parameterGrid, parameterSampler, type CvSplit } from '../../core/model_selection';
import type { RunSession } from '../shared/run-options';
import type { Chosen, TuningFrame, TuningInfo } from './session-types';
export { emptyFrame, type Chosen, type TuningFrame, type TuningInfo } from './session-types';
import { curveRow, learningFold, learningSizes, validationFold, withParams, type CurveRow } from './curves';
import { diagnose } from './diagnosis';
import { makeEstimator } from './estimators';
import { LiveSearch } from './live-search';
import type { Params } from './params';
import { describeCandidate, distributionsFor, gridFor, searchSpace, type Space } from './space';

/** The random-search candidates are drawn with a seed of their own, so changing the data seed changes them too. */
const drawSeed = (seed: number) => seed * 31 + 17;

export class TuningSession implements RunSession {
  steps = 0;
  notice = '';
  readonly space: Space;
  readonly XTrain: number[][];
  readonly yTrain: number[];
  readonly XTest: number[][];
  readonly yTest: number[];
  readonly splits: CvSplit[];
  readonly xValues: (number | string)[];
  readonly yValues: (number | string)[];
  readonly grid: LiveSearch;
  readonly random: LiveSearch;
  readonly sizes: number[];
  private chosenGrid: Chosen | null = null;
  private chosenRandom: Chosen | null = null;
  readonly validation: CurveRow[];
  readonly learning: CurveRow[];

  constructor(readonly params: Params) {
    const spec = datasetNamed(params.dataset);
    const d = buildDataset(params.dataset, { n: params.n, noise: spec ? noiseAt(spec, params.noise) : undefined, seed: params.seed });
    const split = trainTestSplit(d.X, d.y, { testSize: params.testShare, stratify: d.y, seed: params.seed });
    this.XTrain = split.XTrain;
    this.yTrain = split.yTrain;
    this.XTest = split.XTest;
    this.yTest = split.yTest;
    this.splits = checkCv(params.folds, true).split(this.XTrain, this.yTrain);
    this.space = searchSpace(params.model, params.kMax);
    const g = gridFor(this.space, params.budget);
    this.xValues = g.xValues;
    this.yValues = g.yValues;
    const gridCands = parameterGrid(g.grid);
    // the same budget: random search draws as many candidates as the grid holds
    const randomCands = parameterSampler(distributionsFor(this.space), gridCands.length, drawSeed(params.seed));
    const est = makeEstimator(params.model);
    this.grid = new LiveSearch('Grid search', est, gridCands, this.XTrain, this.yTrain, this.splits);
    this.random = new LiveSearch('Random search', est, randomCands, this.XTrain, this.yTrain, this.splits);
    this.sizes = learningSizes(this.splits);
    this.validation = this.xValues.map((v) => curveRow(Number(v)));
    this.learning = this.sizes.map((m) => curveRow(m));
    const smallest = Math.min(...this.splits.map((s) => s.train.length));
    if (params.model === 'knn' && params.kMax > smallest) {
      this.notice = `Each fold trains on ${smallest}–${Math.max(...this.splits.map((s) => s.train.length))} points, so candidates with k above that cannot be fitted: they are marked ✕ and listed below.`;
    }
  }

  info(): TuningInfo {
    return {
      space: this.space, xValues: this.xValues, yValues: this.yValues, nCandidates: this.grid.candidates.length,
      nTrain: this.yTrain.length, nTest: this.yTest.length, totalSteps: this.totalSteps, notice: this.notice,
    };
  }

  /** Searches, then the two refits, then the curve rows. */
  get totalSteps(): number {
    return this.grid.totalFits + this.random.totalFits + 1 + (this.xValues.length + this.sizes.length) * this.splits.length;
  }

  get done(): boolean {
    return this.steps >= this.totalSteps;
  }

  step(): boolean {
    if (this.done) return false;
    const searchSteps = this.grid.totalFits + this.random.totalFits;
    const s = this.steps;
    if (s < searchSteps) {
      // alternate fold fits, so at any moment both searches have spent the same budget
      if (s % 2 === 0) this.grid.step();
      else this.random.step();
    } else if (s === searchSteps) {
      this.chosenGrid = this.refit('grid', this.grid);
      this.chosenRandom = this.refit('random', this.random);
    } else {
      const winner = this.winner();
      const k = this.splits.length;
      const i = Math.floor((s - searchSteps - 1) / k), f = (s - searchSteps - 1) % k;
      if (winner) {
        const e = withParams(makeEstimator(this.params.model), winner.params);
        if (i < this.xValues.length) validationFold(this.validation[i], e, this.XTrain, this.yTrain, this.splits, f, this.space.x.name, this.xValues[i]);
        else learningFold(this.learning[i - this.xValues.length], e, this.XTrain, this.yTrain, this.splits, f);
      }
    }
    this.steps++;
    return true;
  }

  /** The better of the two searches by CV score (grid on a tie): the model whose curves are drawn. */
  winner(): Chosen | null {
    const g = this.chosenGrid, r = this.chosenRandom;
    const ok = (c: Chosen | null) => c && Number.isFinite(c.cv) ? c : null;
    if (ok(g) && ok(r)) return r!.cv > g!.cv ? r : g;
    return ok(g) ?? ok(r);
  }

  /** The best candidate refitted on the whole training set (core's refit) and scored once on the test set. */
  private refit(search: 'grid' | 'random', s: LiveSearch): Chosen | null {
    const b = s.bestIndex;
    if (b < 0) return null;
    const params = s.results[b].params;
    try {
      const e = withParams(makeEstimator(this.params.model), params);
      e.fit(this.XTrain, this.yTrain);
      return { search, params, cv: s.results[b].mean, test: e.score!(this.XTest, this.yTest), failure: '' };
    } catch (err) {
      return { search, params, cv: s.results[b].mean, test: NaN, failure: `refitting {${describeCandidate(params)}}: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  /**
   * What the views draw. Most fold fits change nothing visible (a candidate shows once all its folds are in), so the
   * previous frame object is returned until something visible changed: the views then skip the redraw.
   */
  frame(): TuningFrame {
    const rowsIn = (rows: CurveRow[]) => rows.filter((r) => r.failure || r.testScores.length === this.splits.length).length;
    const key = `${this.grid.evaluated}|${this.random.evaluated}|${this.chosenGrid !== null}|${rowsIn(this.validation)}|${rowsIn(this.learning)}`;
    if (this.last && key === this.lastKey) return this.last;
    this.lastKey = key;
    this.last = this.compose();
    return this.last;
  }

  private last: TuningFrame | null = null;
  private lastKey = '';

  private compose(): TuningFrame {
    const nx = this.xValues.length, ny = this.yValues.length;
    const cells = new Float64Array(nx * ny).fill(NaN);
    const { x, y } = this.space;
    for (const r of this.grid.results.slice(0, this.grid.evaluated)) {
      const c = this.xValues.indexOf(r.params[x.name] as never), row = ny - 1 - this.yValues.indexOf(r.params[y.name] as never);
      cells[row * nx + c] = r.failure ? -Infinity : r.mean;
    }
    const last = this.learning.at(-1)!;
    const complete = last.failure !== '' || last.testScores.length === this.splits.length;
    return {
      cells,
      gridBest: this.grid.bestSoFar(),
      randomBest: this.random.bestSoFar(),
      drawn: this.random.results.slice(0, this.random.evaluated).map((r) => ({ x: r.params[x.name], y: r.params[y.name], score: r.failure ? NaN : r.mean })),
      chosen: { grid: this.chosenGrid, random: this.chosenRandom },
      winner: this.winner(),
      randomBestIndex: this.random.bestIndex,
      validation: this.validation.map((r) => ({ ...r })),
      learning: this.learning.map((r) => ({ ...r })),
      diagnosis: complete ? diagnose(last.train, last.test) : null,
      failures: [...this.grid.failures, ...this.random.failures].map((r) => r.failure),
    };
  }
}
