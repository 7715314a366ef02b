// Everything the kNN widget computes, apart from the screen: data (generated, dragged, added, or the learner's
// table), the split, the fitted classifier, the decision grid, accuracy against k and the neighbours of a hovered
// point. On a table the model uses every feature and the map shows one plane through them (data.ts).
import { trainTestSplit } from '../../core/data';
import { KNeighborsClassifier, type KnnMetric } from '../../core/models/neighbors';
import type { NeighborResult } from '../../core/models/neighbors/knn-index';
import { accuracyScore } from '../../core/metrics';
import { StandardScaler } from '../../core/preprocess';
import type { ClassGrid, Domain } from '../../charts/types';
import type { Plane } from '../shared/plane';
import type { ReadTable } from '../shared/table-input.svelte';
import { rowsKey } from '../shared/run-keys';
import { gridRows } from '../shared/grid-rows';
import { pointRows, tableRows } from './data';
import { schema, type Params } from './params';

export { STRETCH } from './data';

export interface KnnPoint { x: number; y: number; c: number; test: boolean; /** row index, or -1 - added index */ src: number }

export interface AccuracyCurve {
  k: number[];
  train: number[];
  test: number[];
}
export type KnnGrid = ClassGrid & { classes: Int32Array; confidence: Float32Array };

/** The largest k the slider offers: a map's neighbour lists this long serve every k. */
const K_MAX = 50;

/**
 * What does not depend on k, shared by the sessions of one data set and model settings that differ only in k: the
 * accuracy curve (it covers every k) and, per map size, each cell's K_MAX nearest training points (searched when k
 * first changes; each later k only votes again, so a k slider stays within a frame at the widget's largest sizes).
 */
interface SharedByK {
  key: string;
  rows: SplitRows | null;
  accuracy: AccuracyCurve | null;
  cells: Map<string, NeighborResult>;
  /** The map's lists being searched ahead, in slices, while the page is idle (searchAhead). */
  ahead: SearchAhead | null;
}

interface SearchAhead {
  cellKey: string;
  /** grid rows searched so far */
  row: number;
  centres: Float64Array;
  lists: NeighborResult;
}

/** Grid rows per slice of the search ahead: 4 × 100 cells × 50 neighbours, a few ms, well inside an idle period. */
const AHEAD_ROWS = 4;

export class KnnSession {
  readonly points: KnnPoint[];
  readonly domain: { x: Domain; y: Domain };
  readonly classNames: string[];
  readonly nClasses: number;
  readonly nTrain: number;
  readonly nTest: number;
  /** axis titles in display units */
  readonly axisLabels: [string, string];
  readonly model: KNeighborsClassifier;
  /** The learner's table: the plane the map shows, which `toModel` lifts back to every feature (null: 2-D data). */
  readonly plane: Plane | null;
  readonly featureNames: string[];
  /** Model space is the rows' space, standardised on the training points when asked (null: not standardised). */
  private readonly scaler: StandardScaler | null;
  /** The training and test rows in model space (every feature of a table) */
  private readonly trainX: number[][];
  private readonly testX: number[][];
  private readonly train: KnnPoint[];
  private readonly test: KnnPoint[];
  private readonly shared: SharedByK;
  /** Built from a session that differed only in k: the learner is moving k, so the map's neighbour lists pay off. */
  private readonly kChanged: boolean;

  /** `previous` lends what does not depend on k when only k changed; `table` is the learner's table, when one is chosen. */
  constructor(readonly params: Params, previous: KnnSession | null = null, table: ReadTable | null = null) {
    const key = rowsKey(schema, params, ['data', 'model'], ['k']);
    this.kChanged = previous?.shared.key === key;
    this.shared = this.kChanged ? previous!.shared : { key, rows: null, accuracy: null, cells: new Map(), ahead: null };
    const r = (this.shared.rows ??= splitRows(params, table));
    ({ plane: this.plane, featureNames: this.featureNames, classNames: this.classNames, domain: this.domain } = r);
    ({ axisLabels: this.axisLabels, train: this.train, test: this.test, points: this.points } = r);
    ({ scaler: this.scaler, trainX: this.trainX, testX: this.testX } = r);
    this.nClasses = r.classNames.length;
    this.nTrain = r.train.length;
    this.nTest = r.test.length;
    this.model = new KNeighborsClassifier({
      nNeighbors: Math.min(params.k, this.nTrain),
      weights: params.weights,
      metric: params.metric as KnnMetric,
      p: params.p,
    }).fit(this.trainX, this.train.map((q) => q.c));
  }

  /** Effective k (at most the number of training points). */
  get k(): number {
    return this.model.nNeighbors;
  }

  /** A point of the map in model space: on a table, the plane's point with every feature. */
  toModel(x: number, y: number): number[] {
    const q = this.plane ? this.plane.lift(x, y) : [x, y];
    this.scaler?.transformRowInPlace(q);
    return q;
  }

  /** Features per row in model space. */
  get nFeatures(): number {
    return this.trainX[0]?.length ?? 2;
  }

  /**
   * The predicted class and its share of the vote at every cell centre (row-major, row 0 = top), written
   * into `out` when given so redraws reuse the arrays. One k-d tree query per cell.
   */
  grid(nx: number, ny: number, out?: KnnGrid): KnnGrid {
    const g = out ?? { nx, ny, classes: new Int32Array(nx * ny), confidence: new Float32Array(nx * ny) };
    const cellKey = `${nx}×${ny}`;
    let lists = this.shared.cells.get(cellKey);
    const kMax = Math.min(K_MAX, this.nTrain);
    let P: Float64Array;
    if (lists || this.kChanged) {
      // lists searched ahead (or for an earlier k) serve every k: the same votes as a fresh search
      // raster order: consecutive cells are neighbours, which the k-d tree's warm start exploits
      lists ??= this.model.kneighborsFlat(this.cellCentres(nx, ny), nx * ny, kMax);
      this.shared.cells.set(cellKey, lists);
      P = this.model.predictProbaNeighbours(lists, nx * ny, this.k);
    } else {
      P = this.model.predictProbaFlat(this.cellCentres(nx, ny), nx * ny);
    }
    const C = this.model.classes.length;
    for (let cell = 0; cell < nx * ny; cell++) {
      let best = 0;
      for (let c = 1; c < C; c++) if (P[cell * C + c] > P[cell * C + best]) best = c;
      g.classes[cell] = this.model.classes[best];
      g.confidence[cell] = P[cell * C + best];
    }
    return g;
  }

  /**
   * Searches the nx × ny map's K_MAX-deep neighbour lists ahead, a few grid rows at a time while `more()` says the
   * page has time, so that the learner's first k change after a data change only votes again instead of paying the
   * whole search (300–700 ms at load 23, stop 25). True once the lists are complete; the next session with the same
   * data then votes from them. Same lists as one kneighborsFlat over the whole grid.
   */
  searchAhead(nx: number, ny: number, more: () => boolean): boolean {
    const cellKey = `${nx}×${ny}`;
    if (this.shared.cells.has(cellKey)) return true;
    const kMax = Math.min(K_MAX, this.nTrain), d = this.nFeatures;
    let a = this.shared.ahead;
    if (a?.cellKey !== cellKey) {
      const lists = { k: kMax, distances: new Float64Array(nx * ny * kMax), indices: new Int32Array(nx * ny * kMax) };
      a = this.shared.ahead = { cellKey, row: 0, centres: this.cellCentres(nx, ny), lists };
    }
    while (a.row < ny && more()) {
      const rows = Math.min(AHEAD_ROWS, ny - a.row), from = a.row * nx;
      const part = this.model.kneighborsFlat(a.centres.subarray(from * d, (from + rows * nx) * d), rows * nx, kMax);
      a.lists.distances.set(part.distances, from * kMax);
      a.lists.indices.set(part.indices, from * kMax);
      a.row += rows;
    }
    if (a.row < ny) return false;
    this.shared.cells.set(cellKey, a.lists);
    this.shared.ahead = null;
    return true;
  }

  /** The cell centres in model space, row-major (row 0 = top). */
  private cellCentres(nx: number, ny: number): Float64Array {
    return gridRows(this.domain, nx, ny, this.nFeatures, (x, y) => this.toModel(x, y));
  }

  /** The decision map on an n × n grid and how long it took (the widget shows the time). */
  map(n: number): { grid: KnnGrid; ms: number } {
    const t0 = performance.now();
    const grid = this.grid(n, n);
    return { grid, ms: performance.now() - t0 };
  }

  /** Accuracy against k = 1 … 50, computed once per data set and model settings other than k. */
  get curve(): AccuracyCurve {
    this.shared.accuracy ??= this.accuracyCurve(K_MAX);
    return this.shared.accuracy;
  }

  /**
   * Train and test accuracy for every k from 1 to kMax, from one neighbour search per point (the classifier's
   * stagedPredict). Training points count themselves, as scikit-learn's score on the training set does, which
   * is why k = 1 scores 100 % on training data.
   */
  accuracyCurve(kMax = 50): AccuracyCurve {
    const K = Math.min(kMax, this.nTrain);
    const ks = Array.from({ length: K }, (_, i) => i + 1);
    const acc = (pts: KnnPoint[], X: number[][]) => {
      if (pts.length === 0) return ks.map(() => NaN);
      const y = pts.map((q) => q.c);
      return this.model.stagedPredict(X, K).map((pred) => accuracyScore(y, pred));
    };
    return { k: ks, train: acc(this.train, this.trainX), test: acc(this.test, this.testX) };
  }

  /** Train and test accuracy at the current k: the curve's (the same votes and tie rule as score at this k). */
  scores(): { train: number; test: number } {
    const { train, test } = this.curve;
    return { train: train[this.k - 1], test: test[this.k - 1] };
  }

  /** The k neighbours of (x, y) (display units), their distances (model units), vote weights and the vote. */
  neighbours(x: number, y: number) {
    const q = [this.toModel(x, y)];
    const { distances, indices } = this.model.kneighbors(q);
    const w = this.model.voteWeights(distances[0]);
    // predictProba's columns are the classes seen in training; a class with no training point gets no vote
    const proba = this.model.predictProba(q)[0];
    const votes = new Array<number>(this.nClasses).fill(0);
    this.model.classes.forEach((c, j) => { votes[c] = proba[j]; });
    return {
      list: indices[0].map((t, j) => ({ point: this.train[t], distance: distances[0][j], weight: w[j] })),
      votes,
      winner: this.model.predict(q)[0],
    };
  }
}

/** The rows split, the points to draw and the model-space rows: what a session builds before its model. */
interface SplitRows {
  plane: Plane | null;
  featureNames: string[];
  classNames: string[];
  domain: { x: Domain; y: Domain };
  axisLabels: [string, string];
  train: KnnPoint[];
  test: KnnPoint[];
  points: KnnPoint[];
  scaler: StandardScaler | null;
  trainX: number[][];
  testX: number[][];
}

function splitRows(params: Params, table: ReadTable | null): SplitRows {
  const d = table ? tableRows(params, table) : pointRows(params);
  const nClasses = d.classNames.length;
  const show = (r: number[]): [number, number] => (d.plane ? d.plane.project(r) : [r[0], r[1]]);
  const split = trainTestSplit(d.rows.map((_, i) => [i]), d.y, { trainSize: params.trainShare, seed: params.seed, stratify: d.y });
  const point = (i: number, test: boolean): KnnPoint => { const [x, y] = show(d.rows[i]); return { x, y, c: d.y[i], test, src: i }; };
  const train = split.trainIndices.map((i) => point(i, false));
  const test = split.testIndices.map((i) => point(i, true));
  const trainRows = split.trainIndices.map((i) => d.rows[i].slice());
  // clicked points join the training set (on a 2-D problem: on a table, a point of the plane is not a row)
  if (!d.plane) {
    params.added.forEach(([x, y, c], a) => {
      if (c < nClasses) { train.push({ x, y, c, test: false, src: -1 - a }); trainRows.push([x, y]); }
    });
  }
  const scaler = params.standardize ? new StandardScaler().fit(trainRows) : null;
  const testRows = split.testIndices.map((i) => d.rows[i].slice());
  return {
    plane: d.plane, featureNames: d.featureNames, classNames: d.classNames, domain: d.domain, axisLabels: d.axisLabels,
    train, test, points: [...train, ...test], scaler,
    trainX: scaler ? scaler.transform(trainRows) : trainRows,
    testX: scaler && testRows.length ? scaler.transform(testRows) : testRows,
  };
}
