/**
 * One training run of the logistic-regression widget: the data (generated, clicked, split, featurised,
 * scaled) and the model, stepped one gradient update at a time. Everything derives from the params and
 * the seed, so the same params give the same run, update for update.
 */
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { LogisticRegression, sigmoid } from '../../core/models';
import { logLoss } from '../../core/metrics';
import { toFlat } from '../../core/utils/matrix';
import { StandardScaler, expandFeatures, featurizer, type FeatureName } from '../../core/preprocess';
import type { ReadTable } from '../shared/table-input.svelte';
import { gridRows } from '../shared/grid-rows';
import { FEATURE_OPTIONS, type Params } from './params';
import { logisticTable, type LogisticTable } from './table';

export interface PlotPoint {
  x: number;
  y: number;
  c: number;
  test: boolean;
}
export interface HistoryPoint {
  epoch: number;
  train: number;
  test: number;
}
export interface Scores {
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
}
/** Everything the views draw that changes while training, taken once per drawn frame. */
export interface LogisticFrame {
  epoch: number;
  steps: number;
  scores: Scores;
  /** P(class 1) on a grid × grid raster over the plot domain (row 0 = top). */
  grid: { nx: number; ny: number; values: Float32Array };
  weights: number[];
  intercept: number;
  history: { x: number[]; train: number[]; test: number[] };
  /** Test-set labels and P(class 1), for the evaluation panel. */
  test: { yTrue: number[]; yScore: number[] };
}

/** What the views show when there is no session (the build failed). */
export function emptyFrame(grid: number): LogisticFrame {
  return {
    epoch: 0,
    steps: 0,
    scores: { trainLoss: NaN, testLoss: NaN, trainAccuracy: NaN, testAccuracy: NaN },
    grid: { nx: grid, ny: grid, values: new Float32Array(grid * grid) },
    weights: [],
    intercept: NaN,
    history: { x: [], train: [], test: [] },
    test: { yTrue: [], yScore: [] },
  };
}

const MAX_HISTORY = 1500;

export class LogisticSession {
  readonly points: PlotPoint[];
  readonly domain: { x: [number, number]; y: [number, number] };
  /** a 2-D problem's input features (none on a table) */
  readonly featureNames: FeatureName[];
  /** what each weight multiplies: the features' labels, or the table's column names */
  readonly featureLabels: readonly string[];
  /** the learner's table: the rows and classes used, the map's plane (null: a 2-D problem) */
  readonly table: LogisticTable | null = null;
  readonly classNames: readonly string[] = ['class 0', 'class 1'];
  readonly axisLabels: readonly [string, string] = ['x₁', 'x₂'];
  /** which of the rows (the table's, after leaving other classes out) train and which test */
  readonly trainRows: number[];
  readonly testRows: number[];
  readonly model: LogisticRegression;
  readonly nTrain: number;
  readonly nTest: number;
  steps = 0;
  epoch = 0;
  diverged = false;
  history: HistoryPoint[] = [];
  scores: Scores;
  /** the training rows as the model reads them (features, scaled when asked) and their labels */
  readonly XTrain: number[][];
  readonly yTrain: number[];
  private readonly XTest: number[][];
  private readonly yTest: number[];
  /** The rows once more, flat, with buffers for their scores: the live losses are computed every few updates. */
  private readonly flat: { train: Rated; test: Rated };
  /** a 2-D problem's map: a point of the plot as the model's (scaled) features (null on a table: `cells`) */
  private readonly toFeatures: ReturnType<typeof featurizer> | null;
  private readonly scaler: StandardScaler | null;
  /** a table's map cells as model rows, by grid size: they do not change while the model trains */
  private cells: { n: number; X: Float64Array } | null = null;
  private lastRecordedEpoch = -Infinity;
  private scoredAt = -1;

  /** `table`: the learner's table, when one is chosen (every feature, two classes, the map on a plane). */
  constructor(p: Params, table: ReadTable | null = null) {
    let X: number[][], y: number[];
    if (table) {
      const t = logisticTable(p, table);
      ({ X, y } = t.matrix);
      this.table = t;
      this.domain = t.plane.domain;
      this.axisLabels = t.plane.labels;
      this.classNames = t.matrix.classNames;
    } else {
      const spec = datasetNamed(p.dataset);
      if (!spec?.domain) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
      this.domain = spec.domain;
      ({ X, y } = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed }));
    }
    const split = trainTestSplit(X.map((_, i) => [i]), y, { trainSize: p.trainShare, stratify: y, seed: p.seed });
    const rows = (idx: number[]) => idx.map((i) => X[i]);
    // Clicked points join the training set: the learner is adding evidence the model must fit (on a 2-D problem:
    // on a table's map a click is a point of a plane, not a row).
    const added = table ? [] : p.added;
    const rawTrain = [...rows(split.trainIndices), ...added.map(([x, yy]) => [x, yy])];
    const rawTest = rows(split.testIndices);
    this.yTrain = [...split.trainIndices.map((i) => y[i]), ...added.map((q) => q[2])];
    this.yTest = split.testIndices.map((i) => y[i]);
    this.trainRows = split.trainIndices;
    this.testRows = split.testIndices;
    this.nTrain = rawTrain.length;
    this.nTest = rawTest.length;
    const show = (r: number[]): [number, number] => (this.table ? this.table.plane.project(r) : [r[0], r[1]]);
    const point = (r: number[], c: number, test: boolean) => { const [px, py] = show(r); return { x: px, y: py, c, test }; };
    this.points = [...rawTrain.map((r, i) => point(r, this.yTrain[i], false)), ...rawTest.map((r, i) => point(r, this.yTest[i], true))];

    // a table's columns are the inputs; a 2-D problem's inputs are the chosen features of x₁ and x₂
    this.featureNames = table ? [] : (p.features as FeatureName[]);
    this.featureLabels = this.table ? this.table.matrix.featureNames : this.featureNames.map((f) => FEATURE_OPTIONS.find((o) => o.value === f)?.label ?? f);
    const FTrain = table ? rawTrain : expandFeatures(rawTrain, this.featureNames);
    const FTest = table ? rawTest : expandFeatures(rawTest, this.featureNames);
    const scaler = p.standardize ? new StandardScaler().fit(FTrain) : null;
    this.scaler = scaler;
    this.XTrain = scaler ? scaler.transform(FTrain) : FTrain;
    this.XTest = scaler && FTest.length ? scaler.transform(FTest) : FTest;
    this.flat = { train: rated(this.XTrain, this.yTrain), test: rated(this.XTest, this.yTest) };
    this.toFeatures = table ? null : featurizer(this.featureNames, scaler ? { mean: scaler.mean, scale: scaler.scale } : undefined);

    this.model = new LogisticRegression({
      penalty: p.penalty as 'none' | 'l1' | 'l2',
      C: p.C,
      learningRate: p.lr,
      optimizer: p.optimizer as 'sgd' | 'momentum' | 'adam',
      batchSize: p.batch === 'full' ? null : Number(p.batch),
      seed: p.seed,
    });
    this.model.start(this.XTrain, this.yTrain);
    this.scores = this.refresh();
    this.record();
  }

  /** One gradient update. Returns false once training has diverged (the model keeps its last finite state). */
  step(): boolean {
    if (this.diverged) return false;
    const r = this.model.step();
    if (r.diverged) {
      this.diverged = true;
      return false;
    }
    this.steps++;
    // Fractional epochs, so mini-batch curves advance smoothly between passes over the data.
    this.epoch = r.epochEnd ? r.epoch : r.epoch + (r.batch + 1) / r.batchesPerEpoch;
    this.record();
    return true;
  }

  /** Brings `scores` up to date with the model (once per drawn frame, not once per update). */
  refresh(): Scores {
    if (this.scoredAt !== this.steps) {
      this.scores = this.evaluate();
      this.scoredAt = this.steps;
    }
    return this.scores;
  }

  /** The views' data now: called once per drawn frame (by the run contract), not once per update. */
  frame(grid: number): LogisticFrame {
    return {
      epoch: this.epoch,
      steps: this.steps,
      scores: { ...this.refresh() },
      grid: { nx: grid, ny: grid, values: this.probabilityGrid(grid, grid) },
      weights: this.weights,
      intercept: this.intercept,
      history: { x: this.history.map((h) => h.epoch), train: this.history.map((h) => h.train), test: this.history.map((h) => h.test) },
      test: this.testScores(),
    };
  }

  get weights(): number[] {
    return [...this.model.coef];
  }
  get intercept(): number {
    return this.model.intercept;
  }

  /** P(class 1) at the centres of an nx × ny grid over the plot domain (row 0 = top), for the boundary map. */
  probabilityGrid(nx: number, ny: number, out: Float32Array = new Float32Array(nx * ny)): Float32Array {
    const t = this.table;
    if (t) {
      // the plane's cells lifted to every feature (the rest through the mean) and scaled as the training rows
      if (this.cells?.n !== nx * ny) {
        const lift = (x: number, y: number) => { const r = t.plane.lift(x, y); this.scaler?.transformRowInPlace(r); return r; };
        this.cells = { n: nx * ny, X: gridRows(this.domain, nx, ny, t.matrix.featureNames.length, lift) };
      }
      return this.model.probaInto(out, this.cells.X, nx * ny) as Float32Array;
    }
    return this.model.predictProbaGrid({ x: this.domain.x, y: this.domain.y, nx, ny, featurize: this.toFeatures! }, out);
  }

  /** Test-set P(class 1) and labels, for the evaluation panel. */
  testScores(): { yTrue: number[]; yScore: number[] } {
    const t = this.flat.test;
    return { yTrue: this.yTest, yScore: t.n ? Array.from(this.score(t).p) : [] };
  }

  private evaluate(): Scores {
    // One pass of w·x + b per split, into reused buffers: the same numbers as logLoss(predictProba) and score(), which
    // allocated a pair per row and checked every row again, several times per frame at high speed (issue 16).
    // Accuracy from the score's sign, as the model's own predict (class 1 where w·x + b > 0), so the numbers agree
    // with the decision boundary drawn, including points with a score of exactly 0 (class 0, as scikit-learn).
    const train = this.score(this.flat.train), test = this.flat.test.n ? this.score(this.flat.test) : null;
    return {
      trainLoss: logLoss(this.yTrain, train.p),
      testLoss: test ? logLoss(this.yTest, test.p) : NaN,
      trainAccuracy: train.accuracy,
      testAccuracy: test ? test.accuracy : NaN,
    };
  }

  /** P(class 1) per row into the split's buffer, and the share of rows the model's rule classifies right. */
  private score(r: Rated): { p: Float64Array; accuracy: number } {
    this.model.decisionInto(r.z, r.x, r.n);
    let right = 0;
    for (let i = 0; i < r.n; i++) {
      const z = r.z[i];
      r.p[i] = sigmoid(z);
      if ((z > 0 ? 1 : 0) === r.y[i]) right++;
    }
    return { p: r.p, accuracy: right / r.n };
  }

  private record(): void {
    // Enough points for a smooth curve without growing without bound on long stochastic runs.
    if (this.epoch - this.lastRecordedEpoch < 0.05 && this.history.length > 0) return;
    this.lastRecordedEpoch = this.epoch;
    this.refresh();
    this.history.push({ epoch: this.epoch, train: this.scores.trainLoss, test: this.scores.testLoss });
    if (this.history.length > MAX_HISTORY) this.history = this.history.filter((_, i) => i % 2 === 0 || i === this.history.length - 1);
  }
}

/** A split's rows flat (row-major) with its labels, and buffers for the scores and probabilities. */
interface Rated {
  n: number;
  x: Float64Array;
  y: number[];
  z: Float64Array;
  p: Float64Array;
}

function rated(X: number[][], y: number[]): Rated {
  const n = X.length;
  return { n, x: toFlat(X, n, X[0]?.length ?? 0), y, z: new Float64Array(n), p: new Float64Array(n) };
}
