// The train/test split widget apart from the screen: the labelled rows in file order, one split as scikit-learn's
// train_test_split makes it, a model trained on it and scored, and the same split repeated with 100 seeds
// (ShuffleSplit / StratifiedShuffleSplit, whose first split is the one shown) to show how noisy one score is.
import { trainTestSplit } from '../../core/data/split';
import { ShuffleSplit, StratifiedShuffleSplit, meanStd, type CvSplit } from '../../core/model_selection';
import { fitAndScore, getScorer, type CvEstimator } from '../../core/model_selection/scoring';
import { classRows, makeClassifier } from '../shared/class-rows';
import { REPEATS, type Params } from './params';
import type { RunSession } from '../shared/run-options';

export interface SetCounts {
  /** Samples of each class (index = class). */
  counts: number[];
  total: number;
}

export interface RepeatStats {
  scores: number[];
  mean: number;
  std: number;
  min: number;
  max: number;
  /** Repeats whose test set lacks some class of the data (a rare class missed). */
  missedClass: number;
  /** Repeats whose training set lacks a class that its test set has. */
  unseenClass: number;
}

export interface SplitState {
  X: number[][];
  y: number[];
  classNames: string[];
  split: CvSplit;
  all: SetCounts;
  train: SetCounts;
  test: SetCounts;
  trainScore: number;
  testScore: number;
  /** Classes in the test set that the training set has none of, and how many test samples they hold. */
  unseen: number[];
  unseenTest: number;
  /** Classes of the data with no test sample. */
  untested: number[];
  /** null when repeating is off; with shuffling off every repeat is this same split (repeated: false). */
  repeats: (RepeatStats & { repeated: boolean }) | null;
  /** Something to know that is not an error (kNN's k lowered to the training set's size). */
  notice: string;
}

/** The rows, with only the first ⌈rare · count⌉ samples (at least one) of the last class kept. */
export function splitData(p: Pick<Params, 'dataset' | 'n' | 'noise' | 'seed' | 'order' | 'rare'>) {
  const d = classRows(p);
  const last = d.classNames.length - 1;
  const total = d.y.filter((c) => c === last).length;
  const keep = Math.max(1, Math.ceil(p.rare * total - 1e-9));
  let seen = 0;
  const rows = d.y.map((_, i) => i).filter((i) => d.y[i] !== last || ++seen <= keep);
  return { X: rows.map((i) => d.X[i]), y: rows.map((i) => d.y[i]), classNames: d.classNames };
}

export function countClasses(y: readonly number[], idx: readonly number[], nClasses: number): SetCounts {
  const counts = new Array<number>(nClasses).fill(0);
  for (const i of idx) counts[y[i]]++;
  return { counts, total: idx.length };
}

const sorted = (a: number[]) => a.slice().sort((u, v) => u - v);

/** The messages a learner reads for settings no split can honour, before core is asked (names the class). */
function checkSettings(p: Params, y: number[], classNames: string[]): void {
  if (p.stratify && !p.shuffle) {
    throw new RangeError('stratifying needs shuffling (as scikit-learn’s train_test_split): turn Shuffle on, or Stratify off');
  }
  if (p.stratify) {
    const counts = countClasses(y, y.map((_, i) => i), classNames.length).counts;
    const c = counts.findIndex((k) => k < 2);
    if (c >= 0) {
      throw new RangeError(`cannot stratify: class “${classNames[c]}” has only ${counts[c]} sample, and a stratified split puts at least one of each class in both sets; keep more of the last class, or turn Stratify off`);
    }
  }
}

export function buildSplit(p: Params): SplitState {
  const { X, y, classNames } = splitData(p);
  const C = classNames.length;
  checkSettings(p, y, classNames);
  const s = trainTestSplit(X, y, { testSize: p.testSize, shuffle: p.shuffle, stratify: p.stratify ? y : undefined, seed: p.seed });
  const split: CvSplit = { train: sorted(s.trainIndices), test: sorted(s.testIndices) };
  const model: CvEstimator = makeClassifier(p, C);
  let notice = '';
  if (p.model === 'knn' && p.neighbors > split.train.length) {
    model.setParams({ nNeighbors: split.train.length });
    notice = `kNN uses k = ${split.train.length} neighbours: the training set has only ${split.train.length} samples.`;
  }
  const scorer = getScorer(undefined);
  const one = fitAndScore(model, X, y, split, scorer, { trainScore: true, what: 'the split' });
  const train = countClasses(y, split.train, C), test = countClasses(y, split.test, C);
  const unseen = test.counts.flatMap((k, c) => (k > 0 && train.counts[c] === 0 ? [c] : []));
  const all = countClasses(y, y.map((_, i) => i), C);
  return {
    X, y, classNames, split, all, train, test,
    trainScore: one.trainScore,
    testScore: one.testScore,
    unseen,
    unseenTest: unseen.reduce((a, c) => a + test.counts[c], 0),
    untested: all.counts.flatMap((k, c) => (k > 0 && test.counts[c] === 0 ? [c] : [])),
    repeats: p.repeat ? repeatSplits(p, X, y, model, C, one.testScore, split) : null,
    notice,
  };
}

/** The splitter of the repeats: the same sizes and seed, so its first split is train_test_split's. */
export function repeatSplitter(p: Pick<Params, 'testSize' | 'seed' | 'stratify'>) {
  const o = { nSplits: REPEATS, testSize: p.testSize, seed: p.seed };
  return p.stratify ? new StratifiedShuffleSplit(o) : new ShuffleSplit(o);
}

function repeatSplits(p: Params, X: number[][], y: number[], model: CvEstimator, C: number, first: number, split: CvSplit) {
  const has = (idx: number[]) => { const c = new Uint8Array(C); for (const i of idx) c[y[i]] = 1; return c; };
  const inData = has(y.map((_, i) => i));
  const stats = (scores: number[], splits: CvSplit[]) => {
    let missedClass = 0, unseenClass = 0;
    for (const sp of splits) {
      const tr = has(sp.train), te = has(sp.test);
      if (inData.some((v, c) => v && !te[c])) missedClass++;
      if (te.some((v, c) => v && !tr[c])) unseenClass++;
    }
    const { mean, std } = meanStd(scores);
    return { scores, mean, std, min: Math.min(...scores), max: Math.max(...scores), missedClass: missedClass, unseenClass };
  };
  if (!p.shuffle) {
    // without shuffling there is only one way to cut: every seed gives this split and this score
    const scores = new Array<number>(REPEATS).fill(first);
    return { ...stats(scores, new Array<CvSplit>(REPEATS).fill(split)), repeated: false };
  }
  const splits = repeatSplitter(p).split(X, y);
  const scorer = getScorer(undefined);
  const scores = splits.map((sp, r) => fitAndScore(model, X, y, sp, scorer, { what: `repeat ${r + 1}` }).testScore);
  return { ...stats(scores, splits), repeated: true };
}

/**
 * The widget's session for the run contract (static: no step). Bad settings throw from the constructor with a
 * sentence, which the run shows as its notice ("Could not build this split: …"); a kNN k lowered is its notice.
 */
export class SplitSession implements RunSession {
  readonly state: SplitState;
  readonly notice: string;
  constructor(readonly params: Params) {
    this.state = buildSplit(params);
    this.notice = this.state.notice;
  }
}
