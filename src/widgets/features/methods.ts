/**
 * The five ways the widget ranks features, each from core, each fitted on the training rows only: the F-test and
 * mutual information (univariate filters), the L1 path (when each feature's weight leaves 0 as the penalty weakens),
 * a random forest's impurity importances and its permutation importances on the test rows. Plus the two curves:
 * kNN's test accuracy with the top m features of a ranking, and with more and more pure-noise features added.
 */
import { fClassif, mutualInfoClassif } from '../../core/feature_selection';
import { cleanNans, topK } from '../../core/feature_selection/selector';
import { SelectKBest } from '../../core/feature_selection/select-k-best';
import { crossValScore, meanStd, StratifiedKFold } from '../../core/model_selection';
import { Pipeline } from '../../core/preprocess/pipeline';
import { LogisticRegression } from '../../core/models/linear';
import { logGrid } from '../../core/models/linear/least-squares';
import { RandomForestClassifier } from '../../core/models/ensemble';
import { KNeighborsClassifier } from '../../core/models/neighbors';
import { toRng } from '../../core/random';
import type { Problem } from './problem';

import { FOREST_TREES, KNN_K, LEAK } from './constants';

export { FOREST_TREES, KNN_K, LEAK, NOISE_LEVELS, RANKINGS, RANKING_LABELS, type Ranking } from './constants';

/** The C grid of the L1 path (inverse penalty strength, on standardised features). */
export const L1_CS = logGrid(1e-3, 10, 13);

/** Feature indices best first: the order SelectKBest keeps them in (stable, NaN last, later index first among ties). */
export function rankOrder(scores: readonly number[]): number[] {
  return topK(cleanNans(scores), scores.length).reverse();
}

export function univariate(p: Problem): { f: number[]; pvalues: number[]; mi: number[] } {
  const { scores, pvalues } = fClassif(p.XTrain, p.yTrain);
  return { f: scores, pvalues, mi: mutualInfoClassif(p.XTrain, p.yTrain) };
}

export interface L1Path {
  Cs: number[];
  /** |w_j| at each C (summed over one-vs-rest models when there are more than two classes): [C][feature]. */
  coef: number[][];
  /** The ranking score: features whose weight leaves 0 at a smaller C rank higher; ties by the final |w|. */
  score: number[];
}

/** |w| per feature for one C (summed over one-vs-rest models when there are more than two classes). */
export function l1Weights(p: Problem, C: number): number[] {
  const classes = [...new Set(p.yTrain)].sort((a, b) => a - b);
  const targets = classes.length === 2 ? [p.yTrain.map((v) => (v === classes[1] ? 1 : 0))] : classes.map((c) => p.yTrain.map((v) => (v === c ? 1 : 0)));
  const sum = new Array<number>(p.XTrain[0].length).fill(0);
  for (const t of targets) new LogisticRegression({ penalty: 'l1', C }).fit(p.XTrain, t).coef.forEach((w, j) => { sum[j] += Math.abs(w); });
  return sum;
}

/** The ranking score of a path: features whose weight leaves 0 at a smaller C rank higher; ties by the final |w|. */
export function l1Score(coef: number[][]): number[] {
  const last = coef[coef.length - 1];
  const top = Math.max(...last, 1e-12);
  return last.map((_, j) => {
    const entry = coef.findIndex((row) => row[j] > 1e-8);
    return entry < 0 ? -1 : coef.length - entry + last[j] / top / 2;
  });
}

/** A forest grown a few trees per call: next() adds TREES_PER_STEP trees; done when all are grown. */
export const TREES_PER_STEP = 5;
export function* growForest(p: Problem, seed: number): Generator<void, RandomForestClassifier, void> {
  const model = new RandomForestClassifier({ nEstimators: FOREST_TREES, seed }).start(p.XTrain, p.yTrain);
  for (let t = 1; model.step(); t++) if (t % TREES_PER_STEP === 0) yield;
  return model;
}

const columns = (X: number[][], keep: readonly number[]) => X.map((row) => keep.map((j) => row[j]));

/** kNN's test accuracy on the given columns. */
export function knnAccuracy(p: Problem, keep: readonly number[]): number {
  const model = new KNeighborsClassifier({ nNeighbors: KNN_K }).fit(columns(p.XTrain, keep), p.yTrain);
  return model.score(columns(p.XTest, keep), p.yTest);
}

/**
 * kNN's test accuracy on the signal columns (the informative ones; all of them for a table without roles) plus
 * `added` extra columns of N(0, 1) noise (on the standardised scale of the real ones), seeded.
 */
export function noiseAccuracy(p: Problem, added: number, seed: number): number {
  const signal = p.roles.flatMap((r, j) => (r === 'informative' || r === 'measured' ? [j] : []));
  const rng = toRng(seed * 7919 + 17);
  const extend = (X: number[][]) => X.map((row) => [...signal.map((j) => row[j]), ...Array.from({ length: added }, () => rng.normal())]);
  const XTrain = extend(p.XTrain), XTest = extend(p.XTest);
  const model = new KNeighborsClassifier({ nNeighbors: KNN_K }).fit(XTrain, p.yTrain);
  return model.score(XTest, p.yTest);
}

/**
 * Selection leakage on pure noise (labels independent of every feature, so any honest score is chance, 50 %):
 * SelectKBest(k = 10) on all 60 rows and then 5-fold CV of kNN, against the same selection inside each fold
 * (a Pipeline, fitted on the fold's training rows only).
 */
export function leakage(seed: number): { before: number; inside: number } {
  const data = leakageData(seed);
  return { before: leakBefore(data, seed), inside: leakInside(data, seed) };
}

/** The pure-noise rows and random (alternating) labels of the demonstration. */
export function leakageData(seed: number): { X: number[][]; y: number[] } {
  const rng = toRng(seed * 31 + 5);
  const X = Array.from({ length: LEAK.n }, () => Array.from({ length: LEAK.features }, () => rng.normal()));
  return { X, y: Array.from({ length: LEAK.n }, (_, i) => i % 2) };
}

const leakCv = (seed: number) => new StratifiedKFold({ nSplits: LEAK.folds, shuffle: true, seed });
const leakKnn = () => new KNeighborsClassifier({ nNeighbors: KNN_K });

/** CV accuracy after choosing the features on every row (the leak). */
export function leakBefore({ X, y }: { X: number[][]; y: number[] }, seed: number): number {
  const selected = new SelectKBest({ k: LEAK.k }).fitTransform(X, y);
  return meanStd(crossValScore(leakKnn(), selected, y, { cv: leakCv(seed) })).mean;
}

/** CV accuracy with the selection inside each fold (a Pipeline fitted on the fold's training rows). */
export function leakInside({ X, y }: { X: number[][]; y: number[] }, seed: number): number {
  const pipe = new Pipeline({ steps: [['select', new SelectKBest({ k: LEAK.k })], ['knn', leakKnn()]] });
  return meanStd(crossValScore(pipe, X, y, { cv: leakCv(seed) })).mean;
}
