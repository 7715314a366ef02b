// #/mlp on the learner's table (its table mode; its own chunk with table-mode.ts, loaded only when a table is chosen
// or a link names one: the route is at its budget). The network's inputs are the table's columns that are switched
// on, standardised on the training rows as the 2-D features are; the rows are split as #/tree and #/knn split them.
// The maps (the output, and every unit's square on the diagram) are drawn on one plane through the table (its PCA
// plane or two chosen columns): each cell is lifted to a full row, the other columns at their means or along the
// principal components, so a hidden unit's square is its output on that same plane, not over "the input plane".
import { trainTestSplit, type LabelledMatrix, type RegressionMatrix } from '../../core/data';
import { StandardScaler } from '../../core/preprocess';
import { gridRows } from '../shared/grid-rows';
import type { Plane } from '../shared/plane';
import type { ReadTable } from '../shared/table-input.svelte';
import type { MlpProblem, MlpTableInfo, Rows } from './data';
import { MAX_TABLE_INPUTS, type Params } from './params';

/** A table read for #/mlp: class labels to classify, or a numeric target to predict (regression). */
export type MlpMatrix = LabelledMatrix | RegressionMatrix;

/** The columns switched on (indices into the table's columns, in order): every column but the link's `off` list. */
export function chosenColumns(nColumns: number, off: readonly number[]): number[] {
  return Array.from({ length: Math.min(nColumns, MAX_TABLE_INPUTS) }, (_, j) => j).filter((j) => !off.includes(j));
}

/** Rows `idx` of X, the chosen columns standardised, packed for the engine (n × chosen, row-major). */
function pack(X: readonly (readonly number[])[], idx: readonly number[], cols: readonly number[], mean: number[], scale: number[], y: (i: number) => number): Rows {
  const k = cols.length, x = new Float64Array(idx.length * k);
  idx.forEach((r, i) => cols.forEach((c, j) => (x[i * k + j] = (X[r][c] - mean[c]) / scale[c])));
  return { n: idx.length, x, y: Float64Array.from(idx, y) };
}

/**
 * The problem #/mlp trains on for a table: its rows split into training and test rows (seeded; stratified by class
 * for labels), the chosen columns standardised with the training rows' mean and standard deviation, the points and
 * the grid on the map's plane. Throws a RangeError with a message for a table the network cannot learn.
 */
export function tableProblem(p: Params, read: ReadTable<MlpMatrix>, grid: number): MlpProblem {
  const m = read.matrix;
  const classNames = 'classNames' in m ? m.classNames : null;
  if (m.featureNames.length > MAX_TABLE_INPUTS) {
    throw new RangeError(`The table has ${m.featureNames.length} columns besides the target; this network takes at most ${MAX_TABLE_INPUTS} inputs. Leave some out in the data lab (its Load section's Columns).`);
  }
  let lo = Infinity, hi = -Infinity;
  for (const v of m.y) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  if (!classNames && !(hi > lo)) throw new RangeError(`The target “${m.targetName}” has the same value on every row: there is nothing to predict.`);
  const plane: Plane = read.plane(p);
  const split = trainTestSplit(m.X.map((_, i) => [i]), m.y, { trainSize: p.trainShare, seed: p.seed, stratify: classNames ? m.y : undefined });
  const train = split.trainIndices, test = split.testIndices;
  const cols = chosenColumns(m.featureNames.length, p.off);
  const scaler = new StandardScaler().fit(train.map((i) => [...m.X[i]]));
  const mean = scaler.mean!, scale = scaler.scale!;
  const label = (i: number) => m.y[i];
  // a regression target is drawn in two colours: below or above the middle of its range (as the 2-D surfaces)
  const mid = (lo + hi) / 2;
  const point = (i: number, isTest: boolean) => {
    const [x, y] = plane.project(m.X[i]);
    return { x, y, c: classNames ? m.y[i] : m.y[i] >= mid ? 1 : 0, test: isTest };
  };
  // every cell of the plane lifted to a full row (raw columns); the inputs' squares are each column over it
  const nCols = m.featureNames.length, cells = grid * grid;
  const lifted = gridRows(plane.domain, grid, grid, nCols, (x, y) => plane.lift(x, y));
  // in standardised units, scaled by their largest size but never stretched beyond one standard deviation: a column
  // the plane holds at its mean (two chosen columns) is a pale square, not a full-colour one
  const inputMaps = m.featureNames.map((_, c) => {
    const v = new Float32Array(cells);
    let top = 1;
    for (let k = 0; k < cells; k++) top = Math.max(top, Math.abs((v[k] = (lifted[k * nCols + c] - mean[c]) / scale[c])));
    for (let k = 0; k < cells; k++) v[k] /= top;
    return v;
  });
  const gridX = new Float64Array(cells * cols.length);
  for (let k = 0; k < cells; k++) cols.forEach((c, j) => (gridX[k * cols.length + j] = (lifted[k * nCols + c] - mean[c]) / scale[c]));
  const table: MlpTableInfo = { columns: m.featureNames, chosen: cols, classNames: classNames ?? [], target: m.targetName, plane, rows: [...train, ...test], firstRaw: train.length ? cols.map((c) => m.X[train[0]][c]) : [] };
  return {
    task: !classNames ? 'regression' : classNames.length > 2 ? 'multiclass' : 'binary',
    nClasses: classNames?.length ?? 1,
    domain: plane.domain,
    features: cols.map((c) => m.featureNames[c]),
    train: pack(m.X, train, cols, mean, scale, label),
    test: pack(m.X, test, cols, mean, scale, label),
    points: [...train.map((i) => point(i, false)), ...test.map((i) => point(i, true))],
    yRange: classNames ? [0, classNames.length - 1] : [lo, hi],
    gridX,
    inputMaps,
    scaler: { mean: cols.map((c) => mean[c]), scale: cols.map((c) => scale[c]) },
    table,
  };
}
