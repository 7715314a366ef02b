/**
 * One training run of the logistic-regression widget: the data (generated, clicked, split, featurised,
 * scaled) and the model, stepped one gradient update at a time. Everything derives from the params and
 * the seed, so the same params give the same run, update for update.
 */
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { LogisticRegression } from '../../core/models';
import { logLoss } from '../../core/metrics';
import { StandardScaler, expandFeatures, featurizer, type FeatureName } from '../../core/preprocess';
import type { Params } from './params';

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
  readonly featureNames: FeatureName[];
  readonly model: LogisticRegression;
  readonly nTrain: number;
  readonly nTest: number;
  steps = 0;
  epoch = 0;
  diverged = false;
  history: HistoryPoint[] = [];
  scores: Scores;
  private readonly XTrain: number[][];
  private readonly yTrain: number[];
  private readonly XTest: number[][];
  private readonly yTest: number[];
  private readonly toFeatures: ReturnType<typeof featurizer>;
  private lastRecordedEpoch = -Infinity;
  private scoredAt = -1;

  constructor(p: Params) {
    const spec = datasetNamed(p.dataset);
    if (!spec?.domain) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
    this.domain = spec.domain;
    const data = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
    const split = trainTestSplit(data.X, data.y, { trainSize: p.trainShare, stratify: data.y, seed: p.seed });
    // Clicked points join the training set: the learner is adding evidence the model must fit.
    const added = p.added.map(([x, y]) => [x, y]);
    const rawTrain = [...split.XTrain, ...added];
    this.yTrain = [...split.yTrain, ...p.added.map((q) => q[2])];
    this.yTest = split.yTest;
    this.nTrain = rawTrain.length;
    this.nTest = split.XTest.length;
    this.points = [
      ...rawTrain.map((r, i) => ({ x: r[0], y: r[1], c: this.yTrain[i], test: false })),
      ...split.XTest.map((r, i) => ({ x: r[0], y: r[1], c: this.yTest[i], test: true })),
    ];

    this.featureNames = p.features as FeatureName[];
    const FTrain = expandFeatures(rawTrain, this.featureNames);
    const FTest = expandFeatures(split.XTest, this.featureNames);
    const scaler = p.standardize ? new StandardScaler().fit(FTrain) : null;
    this.XTrain = scaler ? scaler.transform(FTrain) : FTrain;
    this.XTest = scaler && FTest.length ? scaler.transform(FTest) : FTest;
    this.toFeatures = featurizer(this.featureNames, scaler ? { mean: scaler.mean, scale: scaler.scale } : undefined);

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
    return this.model.predictProbaGrid({ x: this.domain.x, y: this.domain.y, nx, ny, featurize: this.toFeatures }, out);
  }

  /** Test-set P(class 1) and labels, for the evaluation panel. */
  testScores(): { yTrue: number[]; yScore: number[] } {
    const p = this.XTest.length ? this.model.predictProba(this.XTest).map((r) => r[1]) : [];
    return { yTrue: this.yTest, yScore: p };
  }

  private evaluate(): Scores {
    const pTrain = this.model.predictProba(this.XTrain).map((r) => r[1]);
    const hasTest = this.XTest.length > 0;
    const pTest = hasTest ? this.model.predictProba(this.XTest).map((r) => r[1]) : [];
    // Accuracy from the model's own predict (class 1 where w·x + b > 0), so the numbers agree with the
    // decision boundary drawn, including points with a score of exactly 0 (class 0, as scikit-learn).
    return {
      trainLoss: logLoss(this.yTrain, pTrain),
      testLoss: hasTest ? logLoss(this.yTest, pTest) : NaN,
      trainAccuracy: this.model.score(this.XTrain, this.yTrain),
      testAccuracy: hasTest ? this.model.score(this.XTest, this.yTest) : NaN,
    };
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
