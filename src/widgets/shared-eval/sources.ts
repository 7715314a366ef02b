/**
 * Where the evaluation widgets get their scores: two overlapping score distributions whose separation and class
 * balance are sliders, or any classifier (a FitClassifier, or a StartClassifier trained live) fitted on a data set
 * of the table and scored on held-out rows. Everything derives from the params and the seed: the same link gives
 * the same scores.
 */
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { sigmoid } from '../../core/models/linear';
import { Rng } from '../../core/random';
import { positiveScores, type FitClassifier, type FittedClassifier, type StartClassifier, type SteppedClassifier } from './classifier';

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
    yScore.push(sigmoid(z));
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
}

/** Rows a model is fitted on and rows it is scored on. */
export interface HeldOut {
  XTrain: number[][];
  yTrain: number[];
  XTest: number[][];
  yTest: number[];
}

/**
 * A model trained step by step (by default the evaluation widgets' quadratic logistic regression) on a binary 2-D
 * data set of the table, with half of it (stratified) held out for scoring; plus, on request, the scores of any
 * fitted classifier on the same split, to compare.
 */
export class ModelRun {
  readonly test: { X: number[][]; y: number[] };
  readonly points: { x: number; y: number; c: number; test: boolean }[];
  readonly domain: { x: [number, number]; y: [number, number] };
  private readonly split: HeldOut;
  private readonly model: SteppedClassifier;
  steps = 0;
  private compared: { fit: FitClassifier; scores: number[] } | null = null;

  constructor(o: ModelRunOptions, start: StartClassifier) {
    const spec = datasetNamed(o.dataset);
    if (!spec?.domain || spec.nClasses !== 2) throw new RangeError(`the data set “${o.dataset}” is not a binary 2-D problem`);
    this.domain = spec.domain;
    const rng = new Rng(o.seed + 101);
    let data: { X: number[][]; y: number[] } = buildDataset(o.dataset, { n: o.n, noise: noiseAt(spec, o.noise), seed: o.seed });
    if (o.positiveShare && o.positiveShare > 0 && o.positiveShare < 1) data = { ...data, ...imbalance(data.X, data.y, o.positiveShare, rng) };
    const split = trainTestSplit(data.X, data.y, { trainSize: 0.5, stratify: data.y, seed: o.seed });
    this.split = split;
    this.test = { X: split.XTest, y: split.yTest };
    this.points = [
      ...split.XTrain.map((r, i) => ({ x: r[0], y: r[1], c: split.yTrain[i], test: false })),
      ...split.XTest.map((r, i) => ({ x: r[0], y: r[1], c: split.yTest[i], test: true })),
    ];
    this.model = start(split.XTrain, split.yTrain);
  }

  /** One update; false once it diverged (the model keeps its last finite state). */
  step(): boolean {
    if (!this.model.step()) return false;
    this.steps++;
    return true;
  }

  /** Test-set P(class 1) of the trained model as it is now. */
  scores(): BinaryScores {
    return { yTrue: this.test.y, yScore: positiveScores(this.model, this.test.X) };
  }

  /** Test-set scores of another model fitted on the same training half (fitted once per `fit`). */
  compareScores(fit: FitClassifier): BinaryScores {
    if (this.compared?.fit !== fit) this.compared = { fit, scores: evaluateClassifier(fit, this.split).yScore };
    return { yTrue: this.test.y, yScore: this.compared.scores };
  }
}

export interface ClassifierEvaluation {
  yTrue: number[];
  yPred: number[];
  /** P(class 1) (or the decision function) for binary labels; empty for more classes. */
  yScore: number[];
  model: FittedClassifier;
}

/** Fits a model on the training rows and predicts (and, for binary labels, scores) the held-out rows. */
export function evaluateClassifier(fit: FitClassifier, split: HeldOut): ClassifierEvaluation {
  const model = fit(split.XTrain, split.yTrain);
  const binary = split.yTrain.every((c) => c === 0 || c === 1);
  return {
    yTrue: split.yTest,
    yPred: split.XTest.length ? model.predict(split.XTest) : [],
    yScore: binary ? positiveScores(model, split.XTest) : [],
    model,
  };
}

export interface MulticlassRun {
  yTrue: number[];
  yPred: number[];
  classNames: string[];
}

/**
 * Any classifier on a data set of the table with at least two classes (generated sets: 300 points), fitted on a
 * stratified 60 % and scored on the held-out 40 %.
 */
export function multiclassRun(o: { dataset: string; seed: number; noise: number }, fit: FitClassifier): MulticlassRun {
  const spec = datasetNamed(o.dataset);
  if (!spec || spec.nClasses < 2) throw new RangeError(`the data set “${o.dataset}” has no classes to predict`);
  const { X, y, targetNames: classNames } = buildDataset(o.dataset, { n: 300, noise: noiseAt(spec, o.noise), seed: o.seed });
  const split = trainTestSplit(X, y, { testSize: 0.4, stratify: y, seed: o.seed });
  const r = evaluateClassifier(fit, split);
  return { yTrue: r.yTrue, yPred: r.yPred, classNames };
}
