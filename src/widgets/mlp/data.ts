/**
 * The data of one #/mlp run: the table's 2-D set, split into train and test, turned into the chosen input features
 * (standardised on the training rows), plus the same features at the centres of the plot's grid, which one forward
 * pass turns into every neuron's heat map. Plain arrays, no TF.js.
 */
import { trainTestSplit } from '../../core/data';
import { Rng } from '../../core/random';
import { datasetNamed, noiseAt, type DatasetDomain } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { FEATURES, StandardScaler, featurizer, type FeatureName } from '../../core/preprocess';
import type { MlpData, MlpTask } from '../../core/models/neural_network/mlp';
import type { Params } from './params';
import type { Plane } from '../shared/plane';

export interface PlotPoint {
  x: number;
  y: number;
  c: number;
  test: boolean;
}

/** Rows of one split, in the engine's form (x n × features, row-major). */
export interface Rows extends MlpData {
  x: Float64Array;
  y: Float64Array;
}

/** A problem made from the learner's table (table.ts, its own chunk). */
export interface MlpTableInfo {
  /** every column of the table but the label, as named there: the diagram's inputs, on or off */
  columns: readonly string[];
  /** the columns switched on (indices into `columns`): the network's input j is column chosen[j] */
  chosen: readonly number[];
  /** the classes (none: a numeric target, regression) */
  classNames: readonly string[];
  /** the target column's name */
  target: string;
  /** the plane the maps show (the table's PCA plane or two chosen columns) */
  plane: Plane;
  /** the table row of each point (the training rows, then the test rows) */
  rows: number[];
  /** the first training row's chosen columns as the table has them (the export's worked point) */
  firstRaw: number[];
}

export interface MlpProblem {
  task: MlpTask;
  nClasses: number;
  domain: DatasetDomain;
  /** the network's inputs, by name: playground features (x1, x1sq…), or a table's columns */
  features: readonly string[];
  train: Rows;
  test: Rows;
  /** Raw points for the plot (c: the class; for regression 1 when the target is above the middle of its range). */
  points: PlotPoint[];
  /** Regression: the targets' range, for the output map's colours. */
  yRange: [number, number];
  /** The chosen features at the grid's cell centres (grid × grid rows, row 0 = top), standardised as the training rows. */
  gridX: Float64Array;
  /** Every playground feature (all seven, chosen or not; a table's every column) over the grid, scaled to [−1, 1]: the input nodes' maps. */
  inputMaps: Float32Array[];
  /** The network's input j is (features[j](x₁, x₂) − mean[j]) / scale[j]: the export needs it to reproduce predictions. */
  scaler: { mean: number[]; scale: number[] };
  /** Set when the rows are the learner's table's (table.ts). */
  table?: MlpTableInfo;
}

/** Cell centres of a g × g grid over the domain, row-major with row 0 at the top (BoundaryMap's convention). */
function centres(g: number, d: DatasetDomain): { xs: number[]; ys: number[] } {
  const xs = Array.from({ length: g }, (_, i) => d.x[0] + ((i + 0.5) * (d.x[1] - d.x[0])) / g);
  const ys = Array.from({ length: g }, (_, j) => d.y[1] - ((j + 0.5) * (d.y[1] - d.y[0])) / g);
  return { xs, ys };
}

function pack(rows: number[][], y: number[], f: ReturnType<typeof featurizer>): Rows {
  const k = f.features.length, x = new Float64Array(rows.length * k), tmp = new Float64Array(k);
  rows.forEach(([a, b], i) => {
    f(a, b, tmp);
    x.set(tmp, i * k);
  });
  return { n: rows.length, x, y: Float64Array.from(y) };
}

/** Splits training rows into the rows a network fits and `share` of them held out for validation (seeded, shuffled). */
export function holdOut(rows: Rows, share: number, seed: number): { fit: Rows; val: Rows } {
  const order = new Rng(seed * 31 + 17).permutation(rows.n);
  const nVal = Math.min(rows.n - 1, Math.max(1, Math.round(rows.n * share)));
  const k = rows.n > 0 ? rows.x.length / rows.n : 0;
  const take = (idx: number[]): Rows => {
    const x = new Float64Array(idx.length * k);
    idx.forEach((r, i) => x.set(rows.x.subarray(r * k, (r + 1) * k), i * k));
    return { n: idx.length, x, y: Float64Array.from(idx, (r) => rows.y[r]) };
  };
  return { val: take(order.slice(0, nVal)), fit: take(order.slice(nVal)) };
}

/** Builds the problem; throws (a RangeError with a readable message) when the set cannot be drawn in 2-D. */
export function buildProblem(p: Params, grid: number): MlpProblem {
  const info = datasetNamed(p.dataset);
  if (!info?.domain || info.nFeatures !== 2) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
  const data = buildDataset(p.dataset, { n: p.n, noise: noiseAt(info, p.noise), seed: p.seed });
  const regression = info.kind === 'regression';
  const split = trainTestSplit(data.X, data.y, { trainSize: p.trainShare, stratify: regression ? undefined : data.y, seed: p.seed });
  const task: MlpTask = regression ? 'regression' : info.nClasses > 2 ? 'multiclass' : 'binary';
  const features = [...p.features] as FeatureName[];

  const { xs, ys } = centres(grid, info.domain);
  const inputMaps = FEATURES.map((spec) => {
    const m = new Float32Array(grid * grid);
    let top = 1e-12;
    for (let j = 0; j < grid; j++) for (let i = 0; i < grid; i++) top = Math.max(top, Math.abs((m[j * grid + i] = spec.fn(xs[i], ys[j]))));
    for (let k = 0; k < m.length; k++) m[k] /= top;
    return m;
  });

  const yRange: [number, number] = [Math.min(...data.y), Math.max(...data.y)];
  // Regression targets are drawn in two colours: below or above the middle of their range.
  const mid = (yRange[0] + yRange[1]) / 2, colour = (v: number) => (regression ? (v >= mid ? 1 : 0) : v);
  const points = [
    ...split.XTrain.map((r, i) => ({ x: r[0], y: r[1], c: colour(split.yTrain[i]), test: false })),
    ...split.XTest.map((r, i) => ({ x: r[0], y: r[1], c: colour(split.yTest[i]), test: true })),
  ];
  const empty: Rows = { n: 0, x: new Float64Array(0), y: new Float64Array(0) };
  if (features.length === 0) {
    return { task, nClasses: info.nClasses, domain: info.domain, features, train: empty, test: empty, points, yRange, gridX: new Float64Array(0), inputMaps, scaler: { mean: [], scale: [] } };
  }
  const raw = featurizer(features);
  const scaler = new StandardScaler().fit(split.XTrain.map(([a, b]) => raw.fns.map((fn) => fn(a, b))));
  const f = featurizer(features, { mean: scaler.mean, scale: scaler.scale });
  const gridRows: number[][] = [];
  for (let j = 0; j < grid; j++) for (let i = 0; i < grid; i++) gridRows.push([xs[i], ys[j]]);
  return {
    task,
    nClasses: info.nClasses,
    domain: info.domain,
    features,
    train: pack(split.XTrain, split.yTrain, f),
    test: pack(split.XTest, split.yTest, f),
    points,
    yRange,
    gridX: pack(gridRows, new Array(gridRows.length).fill(0), f).x,
    inputMaps,
    scaler: { mean: scaler.mean!, scale: scaler.scale! },
  };
}
