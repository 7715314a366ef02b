/**
 * Hyperparameter search by cross-validation (scikit-learn's GridSearchCV and RandomizedSearchCV): every candidate is
 * scored on the same folds; cvResults holds each candidate's fold scores, mean, std (ddof 0) and rank (1 = best,
 * ties share the smallest rank); the best candidate is the first of rank 1 and, with refit, is fitted on all the data.
 */
import { cloneEstimator } from '../base';
import { toRng, type Rng } from '../random';
import { checkCv, type CvOption } from './splitters';
import { fitAndScore, getScorer, isClassifier, meanStd, type CvEstimator, type Scoring } from './scoring';

export type ParamGrid = Record<string, readonly unknown[]>;

/**
 * Every combination of a grid (or of each grid of a list), in scikit-learn's ParameterGrid order: the names sorted,
 * the last name varying fastest.
 */
export function parameterGrid(grid: ParamGrid | readonly ParamGrid[]): Record<string, unknown>[] {
  const grids = Array.isArray(grid) ? (grid as ParamGrid[]) : [grid as ParamGrid];
  const out: Record<string, unknown>[] = [];
  for (const g of grids) {
    const keys = Object.keys(g).sort();
    for (const k of keys) {
      if (!Array.isArray(g[k]) || g[k].length === 0) throw new RangeError(`parameter grid: '${k}' needs a non-empty list of values`);
    }
    let combos: Record<string, unknown>[] = [{}];
    for (const k of keys) combos = combos.flatMap((c) => g[k].map((v) => ({ ...c, [k]: v })));
    out.push(...combos);
  }
  return out;
}

/** A distribution to draw a parameter from: uniform on [low, high), log-uniform on [low, high), an integer in [low, high). */
export type Distribution =
  | { type: 'uniform'; low: number; high: number }
  | { type: 'loguniform'; low: number; high: number }
  | { type: 'int'; low: number; high: number };
export type ParamDistributions = Record<string, Distribution | readonly unknown[]>;

function draw(name: string, d: Distribution | readonly unknown[], rng: Rng): unknown {
  if (Array.isArray(d)) return d[rng.int(d.length)];
  const { type, low, high } = d as Distribution;
  if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) throw new RangeError(`'${name}': needs low < high (got ${low}, ${high})`);
  if (type === 'uniform') return rng.uniform(low, high);
  if (type === 'loguniform') {
    if (low <= 0) throw new RangeError(`'${name}': a log-uniform distribution needs low > 0 (got ${low})`);
    return Math.exp(rng.uniform(Math.log(low), Math.log(high)));
  }
  if (type === 'int') return low + rng.int(high - low);
  throw new RangeError(`'${name}': unknown distribution type '${String(type)}'`);
}

/**
 * nIter candidates drawn with the seeded Rng (scikit-learn's ParameterSampler): when every parameter is a list, that
 * many distinct grid points without replacement (at most the grid's size); otherwise independent draws.
 */
export function parameterSampler(dist: ParamDistributions, nIter: number, seed?: number | Rng): Record<string, unknown>[] {
  if (!Number.isInteger(nIter) || nIter < 1) throw new RangeError(`nIter must be an integer ≥ 1 (got ${nIter})`);
  const rng = toRng(seed);
  const keys = Object.keys(dist).sort();
  if (keys.every((k) => Array.isArray(dist[k]))) {
    const grid = parameterGrid(dist as ParamGrid);
    return rng.permutation(grid.length).slice(0, Math.min(nIter, grid.length)).sort((a, b) => a - b).map((i) => grid[i]);
  }
  return Array.from({ length: nIter }, () => Object.fromEntries(keys.map((k) => [k, draw(k, dist[k], rng)])));
}

export interface SearchOptions {
  cv?: CvOption;
  scoring?: Scoring;
  /** Fit the best candidate on all the data as bestEstimator (default true). */
  refit?: boolean;
  /** Also score each fold's training rows. */
  returnTrainScore?: boolean;
}

export interface CvResults {
  params: Record<string, unknown>[];
  /** [candidate][fold] */
  splitTestScores: number[][];
  meanTestScore: number[];
  stdTestScore: number[];
  rankTestScore: number[];
  meanTrainScore?: number[];
  meanFitTime: number[];
}

/** Ranks of `means` from the largest (1), equal means sharing the smallest rank (scipy's rankdata(-x, 'min')). */
export function rankDescending(means: number[]): number[] {
  return means.map((m) => 1 + means.filter((o) => o > m).length);
}

abstract class BaseSearchCV {
  cvResults: CvResults | null = null;
  bestIndex = -1;
  bestParams: Record<string, unknown> | null = null;
  bestScore = NaN;
  bestEstimator: CvEstimator | null = null;
  nSplits = 0;

  constructor(protected readonly who: string, readonly estimator: CvEstimator, readonly options: SearchOptions) {}

  protected abstract candidates(): Record<string, unknown>[];

  /** Scores every candidate on the same folds, ranks them and (with refit) fits the best on X, y. */
  fit(X: number[][], y: ArrayLike<number>, groups?: ArrayLike<number | string>): this {
    const cands = this.candidates();
    if (cands.length < 2) {
      throw new RangeError(`${this.who}: the search space has ${cands.length} candidate${cands.length === 1 ? '' : 's'}; give at least two settings to choose between`);
    }
    const yy = Array.from(y);
    if (yy.length !== X.length) throw new RangeError(`${this.who}: X has ${X.length} samples but y has ${yy.length}`);
    // check every candidate's names and values before the first fit
    for (const c of cands) cloneEstimator(this.estimator, c as never);
    let splits;
    try {
      splits = checkCv(this.options.cv, isClassifier(this.estimator)).split(X, yy, groups ?? null);
    } catch (err) {
      throw new Error(`${this.who}: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.nSplits = splits.length;
    const scorer = getScorer(this.options.scoring);
    const describe = (c: Record<string, unknown>) => Object.entries(c).map(([k, v]) => `${k}=${String(v)}`).join(', ');
    const runs = cands.map((c) =>
      splits.map((s, f) => fitAndScore(this.estimator, X, yy, s, scorer, {
        params: c, trainScore: this.options.returnTrainScore, what: `${this.who}: candidate {${describe(c)}}, fold ${f + 1}`,
      })),
    );
    const stats = runs.map((r) => meanStd(r.map((x) => x.testScore)));
    const mean = stats.map((s) => s.mean);
    const rank = rankDescending(mean);
    this.cvResults = {
      params: cands,
      splitTestScores: runs.map((r) => r.map((x) => x.testScore)),
      meanTestScore: mean,
      stdTestScore: stats.map((s) => s.std),
      rankTestScore: rank,
      meanFitTime: runs.map((r) => meanStd(r.map((x) => x.fitTime)).mean),
      ...(this.options.returnTrainScore ? { meanTrainScore: runs.map((r) => meanStd(r.map((x) => x.trainScore)).mean) } : {}),
    };
    this.bestIndex = rank.indexOf(1);
    this.bestParams = cands[this.bestIndex];
    this.bestScore = mean[this.bestIndex];
    this.bestEstimator = null;
    if (this.options.refit ?? true) {
      const best = cloneEstimator(this.estimator, this.bestParams as never) as CvEstimator;
      best.fit(X, yy);
      this.bestEstimator = best;
    }
    return this;
  }

  private fitted(): CvEstimator {
    if (!this.bestEstimator) throw new Error(`${this.who} has no refitted model: call fit(X, y) with refit: true first`);
    return this.bestEstimator;
  }

  predict(X: number[][]): number[] {
    return this.fitted().predict(X);
  }

  /** The refitted best model's score with the search's scoring. */
  score(X: number[][], y: ArrayLike<number>): number {
    return getScorer(this.options.scoring)(this.fitted(), X, Array.from(y));
  }
}

/** Cross-validated scores of every combination of a parameter grid. */
export class GridSearchCV extends BaseSearchCV {
  constructor(estimator: CvEstimator, readonly paramGrid: ParamGrid | readonly ParamGrid[], options: SearchOptions = {}) {
    super('GridSearchCV', estimator, options);
  }
  protected candidates() {
    return parameterGrid(this.paramGrid);
  }
}

/** Cross-validated scores of nIter candidates drawn from distributions or lists (seeded). */
export class RandomizedSearchCV extends BaseSearchCV {
  readonly nIter: number;
  readonly seed: number | undefined;
  constructor(
    estimator: CvEstimator, readonly paramDistributions: ParamDistributions,
    options: SearchOptions & { nIter?: number; seed?: number } = {},
  ) {
    super('RandomizedSearchCV', estimator, options);
    this.nIter = options.nIter ?? 10;
    this.seed = options.seed;
  }
  protected candidates() {
    return parameterSampler(this.paramDistributions, this.nIter, this.seed);
  }
}
