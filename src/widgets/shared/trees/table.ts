// #/tree and #/forest on the learner's table (their table modes): every column a feature the trees may split on, the
// rows split into training and test rows as every table mode splits them (table-points.ts), and the map on one plane
// through them (the table's PCA plane or two chosen columns). Reached only from the widgets' lazy table chunks (tree/table-mode.ts,
// forest/table-mode.ts): both routes are near their budgets.
import { Rng } from '../../../core/random';
import type { ClassGrid } from '../../../charts/types';
import { gridRows } from '../grid-rows';
import type { Plane } from '../plane';
import type { ReadTable } from '../table-input.svelte';
import { tablePoints } from '../table-points';
import type { PlaneChoice } from '../table-plane';
import { NUDGE_SHARE, type RowSource } from './points';

export interface TreeTable extends RowSource {
  /** the plane the map shows and the points are drawn on */
  plane: Plane;
}

/** What the split and the plane read from a widget's params. */
export interface TableSplitParams extends PlaneChoice {
  trainShare: number;
  seed: number;
}

/** How far a nudge moves a value: a normal step with this share of its column's range as standard deviation. */
const NUDGE_STEP = 0.06;

/**
 * Nudge number k on a table (#/forest's stability card): a fresh draw, from the seed and k, of 5 % of the rows, each
 * column moved by a small Gaussian step scaled to that column's range, as the 2-D nudge (points.ts) moves a point.
 */
export function nudgeRows(X: readonly (readonly number[])[], seed: number, k: number): { X: number[][]; moved: number } {
  if (k <= 0 || X.length === 0) return { X: X.map((r) => r.slice()), moved: 0 };
  const d = X[0].length;
  const span = Array.from({ length: d }, (_, f) => {
    let lo = Infinity, hi = -Infinity;
    for (const r of X) {
      lo = Math.min(lo, r[f]);
      hi = Math.max(hi, r[f]);
    }
    return hi - lo;
  });
  const rng = new Rng(seed * 10007 + k);
  const count = Math.max(1, Math.round(X.length * NUDGE_SHARE));
  const out = X.map((r) => r.slice());
  for (const i of rng.permutation(X.length).slice(0, count)) {
    for (let f = 0; f < d; f++) out[i][f] += rng.normal(0, span[f] * NUDGE_STEP);
  }
  return { X: out, moved: count };
}

/**
 * The table's rows for the trees (every column) and their points on the map's plane, training rows first: the split
 * and the projection every table mode shares (table-points.ts). `nudge` (#/forest: its nudge count) moves 5 % of the
 * rows a little first; the split and the plane are the un-nudged ones, and a nudged row is drawn where it moved.
 */
export function treeTable(p: TableSplitParams, read: ReadTable, nudge = 0): TreeTable {
  const m = read.matrix;
  const { plane, points, nTrain, trainIndices, testIndices } = tablePoints(p, read);
  const nudged = nudge > 0 ? nudgeRows(m.X, p.seed, nudge) : { X: m.X, moved: 0 };
  const X = nudged.X;
  const drawn = nudge > 0 ? points.map((q) => ({ ...q, ...xy(plane.project(X[q.index])) })) : points;
  const rows = (idx: number[]) => ({ X: idx.map((i) => X[i]), y: idx.map((i) => m.y[i]) });
  return {
    plane,
    data: { points: drawn, nTrain, domain: plane.domain, classNames: m.classNames, axisLabels: plane.labels, nudged: nudged.moved },
    train: rows(trainIndices),
    test: rows(testIndices),
    featureNames: m.featureNames,
  };
}

const xy = ([x, y]: [number, number]) => ({ x, y });

/** A fitted classifier on every column of a table (a tree, a forest, one of a forest's trees). */
interface TableClassifier {
  nFeaturesIn: number;
  classes: number[];
  predictProba(X: number[][]): number[][];
}

/** The centres of an n × n grid over the plane (row 0 at the top), each lifted to a full row of the table. */
export function liftedCells(plane: Plane, n: number, dim: number): number[][] {
  const flat = gridRows(plane.domain, n, n, dim, (x, y) => plane.lift(x, y));
  return Array.from({ length: n * n }, (_, k) => Array.from(flat.subarray(k * dim, (k + 1) * dim)));
}

/**
 * The model's class and its probability at the centres of an n × n grid over the plane (row 0 at the top): each cell
 * lifted to a full row (the plane's point, the other features at their means or along the principal components).
 */
export function treeGrid(model: TableClassifier, plane: Plane, n: number): ClassGrid & { classes: Int32Array; confidence: Float32Array } {
  const P = model.predictProba(liftedCells(plane, n, model.nFeaturesIn));
  const classes = new Int32Array(n * n), confidence = new Float32Array(n * n);
  P.forEach((row, k) => {
    let best = 0;
    for (let c = 1; c < row.length; c++) if (row[c] > row[best]) best = c;
    classes[k] = model.classes[best];
    confidence[k] = row[best];
  });
  return { nx: n, ny: n, classes, confidence };
}
