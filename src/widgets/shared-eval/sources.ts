/**
 * Where the evaluation widgets get their scores: two overlapping score distributions whose separation and class
 * balance are sliders, or a model trained live on a 2-D data set (and a second model to compare), or a multiclass
 * classifier on iris / blobs. Everything derives from the params and the seed: the same link gives the same scores.
 */
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { LogisticRegression } from '../../core/models/linear';
import { KNeighborsClassifier } from '../../core/models/neighbors';
import { StandardScaler } from '../../core/preprocess';
import { Rng } from '../../core/random';

export interface BinaryScores {
  yTrue: number[];
  yScore: number[];
}

/**
 * Binormal scores: a latent value ~ N(∓separation/2, 1) per class, squashed by the logistic function into (0, 1), so
 * they read as probabilities. Exactly round(n · positiveShare) positives (at least one of each class).
 */
export function binormalScores(o: { n: number; separation: number; positiveShare: number; seed: number }): BinaryScores {
  const rng = new Rng(o.seed);
  const nPos = Math.min(o.n - 1, Math.max(1, Math.round(o.n * o.positiveShare)));
  const yTrue: number[] = [], yScore: number[] = [];
  for (let i = 0; i < o.n; i++) {
    const y = i < nPos ? 1 : 0;
    const z = rng.normal(y ? o.separation / 2 : -o.separation / 2, 1);
    yTrue.push(y);
    yScore.push(1 / (1 + Math.exp(-z)));
  }
  return { yTrue, yScore };
}

/** Subsample the positives so that they make up `share` of the data (class-imbalance slider on real data). */
function imbalance(X: number[][], y: number[], share: number, rng: Rng): { X: number[][]; y: number[] } {
  const pos = y.map((v, i) => (v === 1 ? i : -1)).filter((i) => i >= 0);
  const neg = y.map((v, i) => (v === 0 ? i : -1)).filter((i) => i >= 0);
  const natural = pos.length / y.length;
  if (Math.abs(natural - share) < 1e-9) return { X, y };
  // keep all of one class, drop some of the other
  let keepPos = pos.length, keepNeg = neg.length;
  if (share < natural) keepPos = Math.max(2, Math.round((share * neg.length) / (1 - share)));
  else keepNeg = Math.max(2, Math.round(((1 - share) * pos.length) / share));
  const pick = (idx: number[], k: number) => rng.permutation(idx.length).slice(0, k).map((j) => idx[j]);
  const keep = [...pick(pos, keepPos), ...pick(neg, keepNeg)].sort((a, b) => a - b);
  return { X: keep.map((i) => X[i]), y: keep.map((i) => y[i]) };
}

export interface ModelRunOptions {
  dataset: string;
  n: number;
  noise: number;
  seed: number;
  /** Fraction of positives after subsampling; NaN or ≤ 0 keeps the data set's own balance. */
  positiveShare?: number;
  /** k of the comparison kNN model. */
  k?: number;
}

/**
 * A logistic regression trained step by step (Adam, full batch) on a 2-D data set with x₁, x₂, x₁², x₂², x₁x₂
 * features (so moons and circles are learnable), evaluated on a held-out half; plus a kNN model for comparison.
 */
export class ModelRun {
  readonly test: { X: number[][]; y: number[] };
  readonly points: { x: number; y: number; c: number; test: boolean }[];
  readonly domain: { x: [number, number]; y: [number, number] };
  private readonly model: LogisticRegression;
  private readonly XTrainF: number[][];
  private readonly XTestF: number[][];
  private readonly XTrain: number[][];
  private readonly yTrain: number[];
  steps = 0;
  private knnCache: number[] | null = null;
  private knnK = -1;

  constructor(o: ModelRunOptions) {
    const spec = datasetNamed(o.dataset);
    if (!spec?.domain || spec.nClasses !== 2) throw new RangeError(`the data set “${o.dataset}” is not a binary 2-D problem`);
    this.domain = spec.domain;
    const rng = new Rng(o.seed + 101);
    let data: { X: number[][]; y: number[] } = buildDataset(o.dataset, { n: o.n, noise: noiseAt(spec, o.noise), seed: o.seed });
    if (o.positiveShare && o.positiveShare > 0 && o.positiveShare < 1) data = { ...data, ...imbalance(data.X, data.y, o.positiveShare, rng) };
    const split = trainTestSplit(data.X, data.y, { trainSize: 0.5, stratify: data.y, seed: o.seed });
    this.XTrain = split.XTrain;
    this.yTrain = split.yTrain;
    this.test = { X: split.XTest, y: split.yTest };
    this.points = [
      ...split.XTrain.map((r, i) => ({ x: r[0], y: r[1], c: split.yTrain[i], test: false })),
      ...split.XTest.map((r, i) => ({ x: r[0], y: r[1], c: split.yTest[i], test: true })),
    ];
    const feats = (r: number[]) => [r[0], r[1], r[0] * r[0], r[1] * r[1], r[0] * r[1]];
    const scaler = new StandardScaler().fit(split.XTrain.map(feats));
    this.XTrainF = scaler.transform(split.XTrain.map(feats));
    this.XTestF = split.XTest.length ? scaler.transform(split.XTest.map(feats)) : [];
    this.model = new LogisticRegression({ penalty: 'none', learningRate: 0.05, optimizer: 'adam', seed: o.seed });
    this.model.start(this.XTrainF, this.yTrain);
  }

  /** One gradient update; false once it diverged (the model keeps its last finite state). */
  step(): boolean {
    const r = this.model.step();
    if (r.diverged) return false;
    this.steps++;
    return true;
  }

  /** Test-set P(class 1) of the logistic model as it is now. */
  scores(): BinaryScores {
    const yScore = this.XTestF.length ? this.model.predictProba(this.XTestF).map((r) => r[1]) : [];
    return { yTrue: this.test.y, yScore };
  }

  /** Test-set P(class 1) of a k-nearest-neighbours model (distance-weighted, so scores are not just k+1 levels). */
  knnScores(k: number): BinaryScores {
    if (this.knnCache && this.knnK === k) return { yTrue: this.test.y, yScore: this.knnCache };
    const kk = Math.max(1, Math.min(k, this.XTrain.length));
    const knn = new KNeighborsClassifier({ nNeighbors: kk, weights: 'distance' }).fit(this.XTrain, this.yTrain);
    const col = knn.classes.indexOf(1);
    this.knnCache = this.test.X.length ? knn.predictProba(this.test.X).map((r) => (col >= 0 ? r[col] : 0)) : [];
    this.knnK = k;
    return { yTrue: this.test.y, yScore: this.knnCache };
  }
}

export interface MulticlassRun {
  yTrue: number[];
  yPred: number[];
  classNames: string[];
}

/** A kNN classifier on iris (4 features, standardised) or a generated multiclass set (300 points), scored on a held-out 40 %. */
export function multiclassRun(o: { dataset: string; k: number; seed: number; noise: number }): MulticlassRun {
  const spec = datasetNamed(o.dataset);
  if (!spec || spec.nClasses < 2) throw new RangeError(`the data set “${o.dataset}” has no classes to predict`);
  const { X, y, targetNames: classNames } = buildDataset(o.dataset, { n: 300, noise: noiseAt(spec, o.noise), seed: o.seed });
  const split = trainTestSplit(X, y, { testSize: 0.4, stratify: y, seed: o.seed });
  const scaler = new StandardScaler().fit(split.XTrain);
  const knn = new KNeighborsClassifier({ nNeighbors: Math.min(o.k, split.XTrain.length) }).fit(scaler.transform(split.XTrain), split.yTrain);
  return { yTrue: split.yTest, yPred: knn.predict(scaler.transform(split.XTest)), classNames };
}
