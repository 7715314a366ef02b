// trainTestSplit with scikit-learn's semantics for sizes, shuffling and stratification.
import { toRng } from '../random';
import type { Rng } from '../random';

export interface TrainTestSplitOptions {
  /** Fraction in (0, 1) of the samples, or an integer count ≥ 1, for the test set. Default 0.25 when trainSize is not given either. */
  testSize?: number;
  /** Fraction in (0, 1), or an integer count ≥ 1, for the train set. Default: the complement of the test set. */
  trainSize?: number;
  /** Shuffle before splitting (default true). Without shuffling, train = the first rows, test = the next ones. */
  shuffle?: boolean;
  /** Labels whose class proportions both sets keep (usually y). Needs shuffle = true. */
  stratify?: ArrayLike<number>;
  seed?: number;
}

export interface TrainTestSplit<T> {
  XTrain: T[];
  XTest: T[];
  yTrain: number[];
  yTest: number[];
  /** Row indices of the original data in each set, in output order. */
  trainIndices: number[];
  testIndices: number[];
}

/**
 * Sizes as scikit-learn's _validate_shuffle_split: a fraction gives test = ceil(testSize·n), train = floor(trainSize·n);
 * the unspecified side takes the rest. JavaScript has no int/float distinction, so values in (0, 1) are fractions and
 * integers ≥ 1 are counts (scikit-learn's `1.0` — the whole set — is an error there too). Throws when a set would be empty
 * or the sizes exceed n.
 */
export function splitSizes(n: number, testSize?: number, trainSize?: number): { nTrain: number; nTest: number } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer ≥ 0 (got ${n})`);
  if (testSize === undefined && trainSize === undefined) testSize = 0.25;
  const kind = (v: number | undefined, name: string): 'f' | 'i' | undefined => {
    if (v === undefined) return undefined;
    if (Number.isFinite(v) && v > 0 && v < 1) return 'f';
    if (Number.isInteger(v) && v >= 1) {
      if (v >= n) throw new RangeError(`${name}=${v} must be smaller than the number of samples ${n}, or a fraction in (0, 1)`);
      return 'i';
    }
    throw new RangeError(`${name} must be a fraction in (0, 1) or an integer count ≥ 1 (got ${v})`);
  };
  const tk = kind(testSize, 'testSize'), rk = kind(trainSize, 'trainSize');
  if (tk === 'f' && rk === 'f' && testSize! + trainSize! > 1) {
    throw new RangeError(`testSize + trainSize = ${testSize! + trainSize!} exceeds 1`);
  }
  let nTest = tk === 'f' ? Math.ceil(testSize! * n) : tk === 'i' ? testSize! : NaN;
  let nTrain = rk === 'f' ? Math.floor(trainSize! * n) : rk === 'i' ? trainSize! : NaN;
  if (rk === undefined) nTrain = n - nTest;
  else if (tk === undefined) nTest = n - nTrain;
  if (nTrain + nTest > n) throw new RangeError(`trainSize (${nTrain}) + testSize (${nTest}) exceed the number of samples ${n}`);
  if (nTrain === 0) throw new RangeError(`with n=${n}, testSize=${testSize} and trainSize=${trainSize} the train set would be empty`);
  if (nTest === 0) throw new RangeError(`with n=${n}, testSize=${testSize} and trainSize=${trainSize} the test set would be empty`);
  return { nTrain, nTest };
}

/**
 * scikit-learn's _approximate_mode: split `draws` among classes in proportion to `counts`, flooring, then giving the
 * remaining draws to the classes with the largest remainders (ties broken at random).
 */
export function approximateMode(counts: number[], draws: number, rng: Rng): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const continuous = counts.map((c) => (c / total) * draws);
  const floored = continuous.map(Math.floor);
  let need = draws - floored.reduce((a, b) => a + b, 0);
  if (need > 0) {
    const rem = continuous.map((c, i) => c - floored[i]);
    const values = [...new Set(rem)].sort((a, b) => b - a);
    for (const v of values) {
      const inds = rng.shuffle(rem.flatMap((r, i) => (r === v ? [i] : [])));
      const now = Math.min(inds.length, need);
      for (let k = 0; k < now; k++) floored[inds[k]]++;
      need -= now;
      if (need === 0) break;
    }
  }
  return floored;
}

export function stratifiedIndices(strat: number[], nTrain: number, nTest: number, rng: Rng): { train: number[]; test: number[] } {
  const classes = [...new Set(strat)].sort((a, b) => a - b);
  const members = classes.map((c) => strat.flatMap((v, i) => (v === c ? [i] : [])));
  const counts = members.map((m) => m.length);
  const minCount = Math.min(...counts);
  if (minCount < 2) {
    throw new RangeError(`stratify: the least populated class has only ${minCount} member; every class needs at least 2`);
  }
  if (nTrain < classes.length) throw new RangeError(`stratify: train size ${nTrain} is smaller than the number of classes ${classes.length}`);
  if (nTest < classes.length) throw new RangeError(`stratify: test size ${nTest} is smaller than the number of classes ${classes.length}`);
  const nI = approximateMode(counts, nTrain, rng);
  const tI = approximateMode(counts.map((c, i) => c - nI[i]), nTest, rng);
  const train: number[] = [], test: number[] = [];
  members.forEach((m, k) => {
    const perm = rng.shuffle(m.slice());
    train.push(...perm.slice(0, nI[k]));
    test.push(...perm.slice(nI[k], nI[k] + tI[k]));
  });
  return { train: rng.shuffle(train), test: rng.shuffle(test) };
}

/**
 * Split rows and labels into random train and test subsets (scikit-learn's train_test_split).
 * Sizes: see splitSizes. Stratified splits keep each class's share in both sets (scikit-learn's StratifiedShuffleSplit
 * allocation) and throw if a class has fewer than 2 members or a set is smaller than the number of classes.
 * Rows are copied, so editing the result never touches the input.
 */
export function trainTestSplit<T extends ArrayLike<number>>(
  X: T[],
  y: ArrayLike<number>,
  options: TrainTestSplitOptions = {},
): TrainTestSplit<T> {
  const n = X.length;
  if (y.length !== n) throw new RangeError(`X and y have different lengths (${n} vs ${y.length})`);
  if (n === 0) throw new RangeError('cannot split an empty data set');
  const { shuffle = true, stratify, seed } = options;
  const { nTrain, nTest } = splitSizes(n, options.testSize, options.trainSize);
  let train: number[], test: number[];
  if (!shuffle) {
    if (stratify) throw new RangeError('stratified splitting needs shuffle = true (as in scikit-learn)');
    train = Array.from({ length: nTrain }, (_, i) => i);
    test = Array.from({ length: nTest }, (_, i) => nTrain + i);
  } else {
    const rng = toRng(seed);
    if (stratify) {
      if (stratify.length !== n) throw new RangeError(`stratify has ${stratify.length} labels for ${n} samples`);
      ({ train, test } = stratifiedIndices(Array.from(stratify), nTrain, nTest, rng));
    } else {
      // As scikit-learn's ShuffleSplit: the first nTest of a permutation are the test set, the next nTrain the train set.
      const perm = rng.permutation(n);
      test = perm.slice(0, nTest);
      train = perm.slice(nTest, nTest + nTrain);
    }
  }
  const copy = (row: T): T => (Array.isArray(row) ? (row.slice() as unknown as T) : row);
  return {
    XTrain: train.map((i) => copy(X[i])),
    XTest: test.map((i) => copy(X[i])),
    yTrain: train.map((i) => y[i]),
    yTest: test.map((i) => y[i]),
    trainIndices: train,
    testIndices: test,
  };
}
