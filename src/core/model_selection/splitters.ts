/**
 * Cross-validation splitters with scikit-learn's allocation (sklearn.model_selection): each `split(X, y?, groups?)`
 * returns the train/test index pairs, indices sorted ascending within each set unless a shuffle says otherwise.
 *
 * Unshuffled KFold, StratifiedKFold, LeaveOneOut and GroupKFold give exactly scikit-learn's folds. Shuffled splits
 * (shuffle: true, ShuffleSplit, StratifiedShuffleSplit) use the seeded Rng of core/random: the same seed gives the
 * same folds here, but not the same samples as numpy's permutation for scikit-learn's random_state.
 */
import { splitSizes, stratifiedIndices } from '../data/split';
import { toRng } from '../random';

export interface CvSplit {
  train: number[];
  test: number[];
}

export interface Splitter {
  /** The splitter's name for messages and the screen. */
  readonly name: string;
  /** How many splits split() returns for these data. */
  getNSplits(X?: ArrayLike<unknown>, y?: ArrayLike<number>, groups?: ArrayLike<number | string>): number;
  split(X: ArrayLike<unknown>, y?: ArrayLike<number> | null, groups?: ArrayLike<number | string> | null): CvSplit[];
}

export interface KFoldOptions {
  /** Number of folds, ≥ 2 (default 5). */
  nSplits?: number;
  /** Shuffle the samples before cutting them into folds (default false). */
  shuffle?: boolean;
  /** Seed of the shuffle (only with shuffle: true). */
  seed?: number;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The samples not in `test` (a 0/1 mask), ascending. */
function complement(n: number, test: number[]): CvSplit {
  const inTest = new Uint8Array(n);
  for (const i of test) inTest[i] = 1;
  const train: number[] = [];
  for (let i = 0; i < n; i++) if (!inTest[i]) train.push(i);
  return { train, test: test.slice().sort((a, b) => a - b) };
}

/** One split per fold number 0..k-1 of `fold[i]` (test = the samples of that fold). */
function byFold(fold: ArrayLike<number>, k: number): CvSplit[] {
  const tests: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < fold.length; i++) tests[fold[i]].push(i);
  return tests.map((t) => complement(fold.length, t));
}

function checkK(who: string, k: number): number {
  if (!Number.isInteger(k) || k < 2) {
    throw new RangeError(`${who}: nSplits must be an integer of at least 2 (got ${k}); one fold would leave nothing to train or to test on`);
  }
  return k;
}

function checkN(who: string, k: number, n: number): void {
  if (k > n) throw new RangeError(`${who}: cannot make nSplits=${k} folds from only ${n} samples; use at most ${n} folds`);
}

function needY(who: string, X: ArrayLike<unknown>, y: ArrayLike<number> | null | undefined): ArrayLike<number> {
  if (!y) throw new TypeError(`${who}.split needs the labels y`);
  if (y.length !== X.length) throw new RangeError(`${who}: X has ${X.length} samples but y has ${y.length}`);
  return y;
}

/** K folds of consecutive samples (after an optional shuffle); the first n % k folds hold one sample more. */
export class KFold implements Splitter {
  readonly name: string = 'KFold';
  readonly nSplits: number;
  readonly shuffle: boolean;
  readonly seed: number | undefined;
  constructor(o: KFoldOptions = {}) {
    this.nSplits = checkK(this.name, o.nSplits ?? 5);
    this.shuffle = o.shuffle ?? false;
    this.seed = o.seed;
  }
  getNSplits(): number {
    return this.nSplits;
  }
  split(X: ArrayLike<unknown>): CvSplit[] {
    const n = X.length, k = this.nSplits;
    checkN(this.name, k, n);
    const order = this.shuffle ? toRng(this.seed).permutation(n) : range(n);
    const out: CvSplit[] = [];
    let start = 0;
    for (let f = 0; f < k; f++) {
      const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
      out.push(complement(n, order.slice(start, start + size)));
      start += size;
    }
    return out;
  }
}

/** The classes of y numbered in order of first appearance, as scikit-learn's StratifiedKFold encodes them. */
function encodeByFirstAppearance(y: ArrayLike<number>): { codes: Int32Array; counts: number[] } {
  const seen = new Map<number, number>();
  const codes = new Int32Array(y.length);
  const counts: number[] = [];
  // scikit-learn orders the classes by their first index, which is the order a left-to-right scan meets them
  for (let i = 0; i < y.length; i++) {
    let c = seen.get(y[i]);
    if (c === undefined) {
      c = seen.size;
      seen.set(y[i], c);
      counts.push(0);
    }
    codes[i] = c;
    counts[c]++;
  }
  return { codes, counts };
}

/**
 * K folds that keep each class's share (scikit-learn's allocation: the class-sorted labels are dealt round-robin to
 * the folds, so fold f gets class c's samples that fall on positions f, f+k, f+2k… of the sorted labels; each class's
 * samples then go to its folds in their order in the data, shuffled within the class when shuffle is true).
 */
export class StratifiedKFold extends KFold {
  override readonly name: string = 'StratifiedKFold';
  override split(X: ArrayLike<unknown>, y?: ArrayLike<number> | null): CvSplit[] {
    const labels = needY(this.name, X, y);
    const k = this.nSplits, n = labels.length;
    checkN(this.name, k, n);
    const { codes, counts } = encodeByFirstAppearance(labels);
    const C = counts.length;
    const minCount = Math.min(...counts);
    if (counts.every((c) => c < k)) {
      throw new RangeError(`${this.name}: nSplits=${k} is larger than the number of members of every class (largest class: ${Math.max(...counts)})`);
    }
    if (minCount < k) {
      const c = counts.indexOf(minCount);
      const name = [...new Set(Array.from(labels))][c];
      throw new RangeError(
        `${this.name}: class ${name} has only ${minCount} member${minCount === 1 ? '' : 's'}, fewer than nSplits=${k}: some folds would test on no sample of it; use at most ${minCount} folds`,
      );
    }
    // allocation[f][c] = how many of the class-sorted labels at positions f, f+k, … belong to class c
    const sorted = Array.from(codes).sort((a, b) => a - b);
    const allocation = Array.from({ length: k }, () => new Array<number>(C).fill(0));
    sorted.forEach((c, i) => allocation[i % k][c]++);
    const rng = this.shuffle ? toRng(this.seed) : null;
    const fold = new Int32Array(n);
    const next = new Array<number>(C).fill(0);
    const perClass: number[][] = [];
    for (let c = 0; c < C; c++) {
      const folds: number[] = [];
      for (let f = 0; f < k; f++) for (let r = 0; r < allocation[f][c]; r++) folds.push(f);
      perClass.push(rng ? rng.shuffle(folds) : folds);
    }
    for (let i = 0; i < n; i++) fold[i] = perClass[codes[i]][next[codes[i]]++];
    return byFold(fold, k);
  }
}

export interface ShuffleSplitOptions {
  /** Number of re-shuffled splits (default 10). */
  nSplits?: number;
  /** Fraction in (0, 1) or a count; default 0.1 (scikit-learn's default when trainSize is not given). */
  testSize?: number;
  trainSize?: number;
  seed?: number;
}

/** nSplits independent random train/test splits (samples may be in several test sets, or none). */
export class ShuffleSplit implements Splitter {
  readonly name: string = 'ShuffleSplit';
  readonly nSplits: number;
  readonly testSize: number | undefined;
  readonly trainSize: number | undefined;
  readonly seed: number | undefined;
  constructor(o: ShuffleSplitOptions = {}) {
    const k = o.nSplits ?? 10;
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`${this.name}: nSplits must be an integer ≥ 1 (got ${k})`);
    this.nSplits = k;
    this.trainSize = o.trainSize;
    this.testSize = o.testSize ?? (o.trainSize === undefined ? 0.1 : undefined);
    this.seed = o.seed;
  }
  getNSplits(): number {
    return this.nSplits;
  }
  protected sizes(n: number) {
    return splitSizes(n, this.testSize, this.trainSize);
  }
  split(X: ArrayLike<unknown>, y?: ArrayLike<number> | null): CvSplit[] {
    void y;
    const n = X.length;
    const { nTrain, nTest } = this.sizes(n);
    const rng = toRng(this.seed);
    return range(this.nSplits).map(() => {
      const perm = rng.permutation(n);
      return { train: perm.slice(nTest, nTest + nTrain), test: perm.slice(0, nTest) };
    });
  }
}

/** ShuffleSplit that keeps each class's share in both sets (scikit-learn's _approximate_mode allocation). */
export class StratifiedShuffleSplit extends ShuffleSplit {
  override readonly name: string = 'StratifiedShuffleSplit';
  override split(X: ArrayLike<unknown>, y?: ArrayLike<number> | null): CvSplit[] {
    const labels = Array.from(needY(this.name, X, y));
    const { nTrain, nTest } = this.sizes(labels.length);
    const rng = toRng(this.seed);
    return range(this.nSplits).map(() => stratifiedIndices(labels, nTrain, nTest, rng));
  }
}

/** n splits, each testing on one sample (KFold with k = n). */
export class LeaveOneOut implements Splitter {
  readonly name: string = 'LeaveOneOut';
  getNSplits(X?: ArrayLike<unknown>): number {
    if (!X) throw new TypeError('LeaveOneOut needs X to know the number of splits');
    return X.length;
  }
  split(X: ArrayLike<unknown>): CvSplit[] {
    const n = X.length;
    if (n < 2) throw new RangeError(`LeaveOneOut: needs at least 2 samples (got ${n})`);
    return range(n).map((i) => complement(n, [i]));
  }
}

/**
 * K folds that never split a group (scikit-learn's GroupKFold before 1.6: groups from the largest down, each to the
 * fold with the fewest samples so far, the first such fold on a tie). Groups of equal size are taken in decreasing
 * order of their sorted position, as numpy's argsort(…)[::-1] does for up to 16 groups.
 */
export class GroupKFold implements Splitter {
  readonly name: string = 'GroupKFold';
  readonly nSplits: number;
  constructor(o: { nSplits?: number } = {}) {
    this.nSplits = checkK(this.name, o.nSplits ?? 5);
  }
  getNSplits(): number {
    return this.nSplits;
  }
  split(X: ArrayLike<unknown>, y?: ArrayLike<number> | null, groups?: ArrayLike<number | string> | null): CvSplit[] {
    void y;
    if (!groups) throw new TypeError('GroupKFold.split needs the groups');
    const n = X.length, k = this.nSplits;
    if (groups.length !== n) throw new RangeError(`GroupKFold: X has ${n} samples but groups has ${groups.length}`);
    const unique = [...new Set(Array.from(groups))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (k > unique.length) {
      throw new RangeError(`GroupKFold: cannot make nSplits=${k} folds from only ${unique.length} groups; use at most ${unique.length} folds`);
    }
    const code = new Map(unique.map((g, i) => [g, i]));
    const sizes = new Array<number>(unique.length).fill(0);
    const gi = Array.from(groups, (g) => code.get(g)!);
    for (const g of gi) sizes[g]++;
    // ascending by size (stable), then reversed: largest first, the later group first among equal sizes
    const order = range(unique.length).sort((a, b) => sizes[a] - sizes[b] || a - b).reverse();
    const load = new Array<number>(k).fill(0);
    const groupFold = new Int32Array(unique.length);
    for (const g of order) {
      let lightest = 0;
      for (let f = 1; f < k; f++) if (load[f] < load[lightest]) lightest = f;
      load[lightest] += sizes[g];
      groupFold[g] = lightest;
    }
    return byFold(gi.map((g) => groupFold[g]), k);
  }
}

/** `cv` as cross-validation functions accept it: a fold count, or a splitter. */
export type CvOption = number | Splitter;

/** A fold count becomes StratifiedKFold for a classifier with labels, KFold otherwise (scikit-learn's check_cv). */
export function checkCv(cv: CvOption | undefined, classifier: boolean): Splitter {
  if (cv === undefined) cv = 5;
  if (typeof cv === 'number') return classifier ? new StratifiedKFold({ nSplits: cv }) : new KFold({ nSplits: cv });
  if (!cv || typeof cv.split !== 'function') throw new TypeError('cv must be a number of folds or a splitter with split()');
  return cv;
}
