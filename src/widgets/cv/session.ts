// The cross-validation widget apart from the screen: the data (in file order or random order), the splitter's
// folds, and one model trained and scored per step, with its decision regions as a thumbnail.
import { GroupKFold, KFold, LeaveOneOut, ShuffleSplit, StratifiedKFold, type CvSplit, type Splitter } from '../../core/model_selection';
import { fitAndScore, getScorer, meanStd, type CvEstimator } from '../../core/model_selection/scoring';
import type { ClassGrid, Domain } from '../../charts/types';
import { classRows, makeClassifier } from '../shared/class-rows';
import type { RunSession } from '../shared/run-options';
import type { Params } from './params';

/** Cells per side of a fold's thumbnail. */
export const THUMB = 40;

export interface FoldResult {
  fold: number;
  score: number;
  grid: ClassGrid;
}

export interface CvFrame {
  results: FoldResult[];
  mean: number;
  std: number;
}

export const emptyFrame = (): CvFrame => ({ results: [], mean: NaN, std: NaN });

/** The rows in the order the widget shows them (random, or sorted by class); cv plots them, so 2-D sets only. */
export function cvData(p: Pick<Params, 'dataset' | 'n' | 'noise' | 'seed' | 'order'>) {
  const d = classRows(p);
  if (!d.domain || d.X[0]?.length !== 2) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
  return { ...d, domain: d.domain as { x: Domain; y: Domain } };
}

/** Group numbers 0..g-1: blocks of equal size of the points ordered along x₁ (sites, patients: neighbours belong together). */
export function blockGroups(X: number[][], g: number): number[] {
  const byX = X.map((_, i) => i).sort((a, b) => X[a][0] - X[b][0] || a - b);
  const groups = new Array<number>(X.length);
  byX.forEach((i, r) => (groups[i] = Math.floor((r * g) / X.length)));
  return groups;
}

export function makeSplitter(p: Pick<Params, 'splitter' | 'k' | 'shuffle' | 'seed' | 'testShare'>): Splitter {
  const shuffle = p.shuffle ? { shuffle: true, seed: p.seed } : {};
  switch (p.splitter) {
    case 'kfold': return new KFold({ nSplits: p.k, ...shuffle });
    case 'stratified': return new StratifiedKFold({ nSplits: p.k, ...shuffle });
    case 'shuffle': return new ShuffleSplit({ nSplits: p.k, testSize: p.testShare, seed: p.seed });
    case 'loo': return new LeaveOneOut();
    case 'group': return new GroupKFold({ nSplits: p.k });
  }
}

export const makeModel: (p: Pick<Params, 'model' | 'neighbors' | 'C'>, nClasses: number) => CvEstimator = makeClassifier;

export class CvSession implements RunSession {
  steps = 0;
  notice = '';
  readonly X: number[][];
  readonly y: number[];
  readonly groups: number[] | null;
  readonly classNames: string[];
  readonly domain: { x: Domain; y: Domain };
  readonly splits: CvSplit[];
  readonly model: CvEstimator;
  private readonly results: FoldResult[] = [];
  private readonly scorer = getScorer(undefined);

  constructor(readonly params: Params) {
    const d = cvData(params);
    this.X = d.X;
    this.y = d.y;
    this.classNames = d.classNames;
    this.domain = d.domain;
    this.groups = params.splitter === 'group' ? blockGroups(d.X, params.groups) : null;
    this.splits = makeSplitter(params).split(this.X, this.y, this.groups);
    this.model = makeModel(params, d.classNames.length);
    const smallest = Math.min(...this.splits.map((s) => s.train.length));
    if (params.model === 'knn' && params.neighbors > smallest) {
      this.model.setParams({ nNeighbors: smallest });
      this.notice = `kNN uses k = ${smallest} neighbours: the smallest training set has only ${smallest} points.`;
    }
  }

  get done(): boolean {
    return this.steps >= this.splits.length;
  }

  /** Trains and scores the next fold. */
  step(): boolean {
    if (this.done) return false;
    const f = this.steps;
    const r = fitAndScore(this.model, this.X, this.y, this.splits[f], this.scorer, { what: `fold ${f + 1}` });
    this.results.push({ fold: f, score: r.testScore, grid: this.thumbnail(r.estimator) });
    this.steps++;
    return true;
  }

  /** The fitted model's predicted class at the centres of a THUMB × THUMB grid over the plotting domain. */
  private thumbnail(e: CvEstimator): ClassGrid {
    const [x0, x1] = this.domain.x, [y0, y1] = this.domain.y;
    const Q: number[][] = [];
    for (let j = 0; j < THUMB; j++) {
      for (let i = 0; i < THUMB; i++) Q.push([x0 + ((i + 0.5) * (x1 - x0)) / THUMB, y1 - ((j + 0.5) * (y1 - y0)) / THUMB]);
    }
    return { nx: THUMB, ny: THUMB, classes: Int32Array.from(e.predict(Q)) };
  }

  frame(): CvFrame {
    const scores = this.results.map((r) => r.score);
    const { mean, std } = scores.length ? meanStd(scores) : { mean: NaN, std: NaN };
    return { results: this.results.slice(), mean, std };
  }
}
