// The cross-validation widget apart from the screen: the data (in file order or random order), the splitter's
// folds, and one model trained and scored per step, with its decision regions as a thumbnail.
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { GroupKFold, KFold, LeaveOneOut, ShuffleSplit, StratifiedKFold, type CvSplit, type Splitter } from '../../core/model_selection';
import { fitAndScore, getScorer, meanStd, type CvEstimator } from '../../core/model_selection/scoring';
import { LogisticRegression } from '../../core/models/linear';
import { KNeighborsClassifier } from '../../core/models/neighbors';
import { toRng } from '../../core/random';
import type { ClassGrid, Domain } from '../../charts/types';
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

/** The rows of the data set in the order the widget shows them: as generated (random), or sorted by class. */
export function cvData(p: Pick<Params, 'dataset' | 'n' | 'noise' | 'seed' | 'order'>) {
  const spec = datasetNamed(p.dataset);
  if (!spec?.domain) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
  const d = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
  // generated sets come out in an order of their own: shuffle them (seeded), then sort by class when asked
  const order = toRng(p.seed + 7919).permutation(d.y.length);
  if (p.order === 'sorted') order.sort((a, b) => d.y[a] - d.y[b] || a - b);
  return { X: order.map((i) => d.X[i]), y: order.map((i) => d.y[i]), classNames: d.targetNames, domain: spec.domain as { x: Domain; y: Domain } };
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

export function makeModel(p: Pick<Params, 'model' | 'neighbors' | 'C'>, nClasses: number): CvEstimator {
  if (p.model === 'logistic') {
    if (nClasses !== 2) throw new RangeError(`logistic regression here separates two classes and this data set has ${nClasses}: pick kNN or a two-class set`);
    return new LogisticRegression({ penalty: 'l2', C: p.C });
  }
  return new KNeighborsClassifier({ nNeighbors: p.neighbors });
}

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
