// Everything the kNN widget computes, apart from the screen: data (generated, dragged, added), the split,
// the fitted classifier, the decision grid, accuracy against k and the neighbours of a hovered point.
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { KNeighborsClassifier, type KnnMetric } from '../../core/models/neighbors';
import { accuracyScore } from '../../core/metrics';
import { StandardScaler } from '../../core/preprocess';
import type { ClassGrid, Domain } from '../../charts/types';
import { rowsKey } from '../shared/run-keys';
import { schema, type Params } from './params';

export const STRETCH = 10;

export interface KnnPoint { x: number; y: number; c: number; test: boolean; /** generated index, or -1 - added index */ src: number }

/** Generated (or loaded) points in the data's own units, before stretching, with their domain. */
function baseData(p: Params): { X: number[][]; y: number[]; domain: { x: Domain; y: Domain }; classNames: string[] } {
  if (p.dataset === 'iris') {
    // the two petal measurements: the pair that separates the species best, so the map reads at a glance
    const iris = buildDataset('iris');
    return { X: iris.X.map((r) => [r[2], r[3]]), y: iris.y.slice(), domain: { x: [0.5, 7.5], y: [-0.25, 2.85] }, classNames: iris.targetNames };
  }
  const spec = datasetNamed(p.dataset);
  if (!spec?.domain) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
  const d = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
  return { X: d.X, y: d.y, domain: { x: spec.domain.x, y: spec.domain.y }, classNames: d.targetNames };
}

export interface AccuracyCurve {
  k: number[];
  train: number[];
  test: number[];
}
export type KnnGrid = ClassGrid & { classes: Int32Array; confidence: Float32Array };

export class KnnSession {
  readonly points: KnnPoint[] = [];
  readonly domain: { x: Domain; y: Domain };
  readonly classNames: string[];
  readonly nClasses: number;
  readonly nTrain: number;
  readonly nTest: number;
  /** axis titles in display units */
  readonly axisLabels: [string, string];
  readonly model: KNeighborsClassifier;
  /** Model space is display space, standardised on the training points when asked (null: not standardised). */
  private readonly scaler: StandardScaler | null;
  private readonly train: KnnPoint[];
  private readonly test: KnnPoint[];
  /** Everything but k: the accuracy curve covers every k, so a new k reuses it. */
  private readonly curveKey: string;
  private accuracy: AccuracyCurve | null;

  /** `previous` lends its accuracy curve when only k changed. */
  constructor(readonly params: Params, previous: KnnSession | null = null) {
    this.curveKey = rowsKey(schema, params, ['data', 'model'], ['k']);
    this.accuracy = previous?.curveKey === this.curveKey ? previous.accuracy : null;
    const base = baseData(params);
    const sx = params.stretch ? STRETCH : 1;
    const X = base.X.map((r) => [r[0] * sx, r[1]]);
    for (const [x, y, idx] of params.moved) if (idx < X.length) X[idx] = [x, y];
    this.classNames = base.classNames;
    this.nClasses = base.classNames.length;
    this.domain = { x: [base.domain.x[0] * sx, base.domain.x[1] * sx], y: base.domain.y };
    const names: [string, string] = params.dataset === 'iris' ? ['petal length (cm)', 'petal width (cm)'] : ['x₁', 'x₂'];
    this.axisLabels = [params.stretch ? `${names[0]} × ${STRETCH}` : names[0], names[1]];
    const ids = X.map((_, i) => i);
    const split = trainTestSplit(ids.map((i) => [i]), base.y, { trainSize: params.trainShare, seed: params.seed, stratify: base.y });
    this.train = split.trainIndices.map((i) => ({ x: X[i][0], y: X[i][1], c: base.y[i], test: false, src: i }));
    this.test = split.testIndices.map((i) => ({ x: X[i][0], y: X[i][1], c: base.y[i], test: true, src: i }));
    params.added.forEach(([x, y, c], a) => {
      if (c < this.nClasses) this.train.push({ x, y, c, test: false, src: -1 - a });
    });
    this.points = [...this.train, ...this.test];
    this.nTrain = this.train.length;
    this.nTest = this.test.length;
    this.scaler = params.standardize ? new StandardScaler().fit(this.train.map((q) => [q.x, q.y])) : null;
    this.model = new KNeighborsClassifier({
      nNeighbors: Math.min(params.k, this.nTrain),
      weights: params.weights,
      metric: params.metric as KnnMetric,
      p: params.p,
    }).fit(this.train.map((q) => this.toModel(q.x, q.y)), this.train.map((q) => q.c));
  }

  /** Effective k (at most the number of training points). */
  get k(): number {
    return this.model.nNeighbors;
  }

  toModel(x: number, y: number): [number, number] {
    const q: [number, number] = [x, y];
    this.scaler?.transformRowInPlace(q);
    return q;
  }

  /**
   * The predicted class and its share of the vote at every cell centre (row-major, row 0 = top), written
   * into `out` when given so redraws reuse the arrays. One k-d tree query per cell.
   */
  grid(nx: number, ny: number, out?: KnnGrid): KnnGrid {
    const g = out ?? { nx, ny, classes: new Int32Array(nx * ny), confidence: new Float32Array(nx * ny) };
    const Q = new Float64Array(nx * ny * 2);
    const [x0, x1] = this.domain.x, [y0, y1] = this.domain.y;
    for (let j = 0; j < ny; j++) {
      const y = y1 - ((j + 0.5) * (y1 - y0)) / ny;
      for (let i = 0; i < nx; i++) {
        const [a, b] = this.toModel(x0 + ((i + 0.5) * (x1 - x0)) / nx, y);
        Q[2 * (j * nx + i)] = a;
        Q[2 * (j * nx + i) + 1] = b;
      }
    }
    // raster order: consecutive cells are neighbours, which the k-d tree's warm start exploits
    const P = this.model.predictProbaFlat(Q, nx * ny);
    const C = this.model.classes.length;
    for (let cell = 0; cell < nx * ny; cell++) {
      let best = 0;
      for (let c = 1; c < C; c++) if (P[cell * C + c] > P[cell * C + best]) best = c;
      g.classes[cell] = this.model.classes[best];
      g.confidence[cell] = P[cell * C + best];
    }
    return g;
  }

  /** The decision map on an n × n grid and how long it took (the widget shows the time). */
  map(n: number): { grid: KnnGrid; ms: number } {
    const t0 = performance.now();
    const grid = this.grid(n, n);
    return { grid, ms: performance.now() - t0 };
  }

  /** Accuracy against k = 1 … 50, computed once per data set and model settings other than k. */
  get curve(): AccuracyCurve {
    this.accuracy ??= this.accuracyCurve(50);
    return this.accuracy;
  }

  /**
   * Train and test accuracy for every k from 1 to kMax, from one neighbour search per point (the classifier's
   * stagedPredict). Training points count themselves, as scikit-learn's score on the training set does, which
   * is why k = 1 scores 100 % on training data.
   */
  accuracyCurve(kMax = 50): AccuracyCurve {
    const K = Math.min(kMax, this.nTrain);
    const ks = Array.from({ length: K }, (_, i) => i + 1);
    const acc = (pts: KnnPoint[]) => {
      if (pts.length === 0) return ks.map(() => NaN);
      const y = pts.map((q) => q.c);
      return this.model.stagedPredict(pts.map((q) => this.toModel(q.x, q.y)), K).map((pred) => accuracyScore(y, pred));
    };
    return { k: ks, train: acc(this.train), test: acc(this.test) };
  }

  /** Train and test accuracy at the current k. */
  scores(): { train: number; test: number } {
    const s = (pts: KnnPoint[]) => (pts.length ? this.model.score(pts.map((q) => this.toModel(q.x, q.y)), pts.map((q) => q.c)) : NaN);
    return { train: s(this.train), test: s(this.test) };
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
