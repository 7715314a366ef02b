// #/svm on the learner's table (its table mode): every column a feature of the SVC, the rows split into training and
// test rows as the other table models split them (stratified, the link's train share and seed), and the map on one
// plane through them (the table's PCA plane or two chosen columns): each cell of the map lifted back to a full row,
// which is what the SVM scores. Its own chunk with table-mode.ts, loaded only when a table is chosen: #/svm's route is
// at its budget.
import { gridRows } from '../shared/grid-rows';
import type { Plane } from '../shared/plane';
import type { ReadTable } from '../shared/table-input.svelte';
import { tablePoints } from '../shared/table-points';
import type { SvmData } from './data';
import type { SvmFrame } from './frame';
import type { Params } from './params';

export interface SvmTable {
  /** What the rows and cells follow from (the session reuses its rows while it is the same). */
  key: string;
  plane: Plane;
  featureNames: string[];
  /** The rows drawn at their projections on the plane: training rows first, then test rows (as data.ts orders them). */
  data: SvmData;
  /** The table's rows, every column: training rows, then test rows. */
  train: number[][];
  test: number[][];
  /** Cells per side of the map: fewer than 2-D data's (each cell is scored on every column). */
  n: number;
  /** The map's n × n cell centres lifted to full rows, row-major with row 0 at the top (as the 2-D map's cells). */
  cells: number[][];
}

/**
 * A table's map has 40² cells, not 2-D data's 72²: each is a row of every column scored against every support vector
 * (penguins, RBF: 72² cells took ~90 ms a C change under load, docs/PERFORMANCE.md); #/knn draws 40² on tables too.
 */
export const TABLE_GRID = 40;

// One per table read and link setting: a C or γ change builds a new session but not new rows or cells.
const built = new WeakMap<ReadTable, Map<string, SvmTable>>();

/** The table's rows for the SVC (every column), their points on the map's plane and the map's cells as rows. */
export function svmTable(p: Params, read: ReadTable): SvmTable {
  const key = JSON.stringify([p.trainShare, p.seed, p.plane, p.fx, p.fy]);
  const cache = built.get(read) ?? new Map<string, SvmTable>();
  built.set(read, cache);
  const hit = cache.get(key);
  if (hit) return hit;
  const m = read.matrix;
  const { plane, points, nTrain, trainIndices, testIndices } = tablePoints(p, read);
  const t: SvmTable = {
    key,
    plane,
    featureNames: m.featureNames,
    data: { points, nTrain, domain: plane.domain, classNames: m.classNames },
    train: trainIndices.map((i) => m.X[i]),
    test: testIndices.map((i) => m.X[i]),
    n: TABLE_GRID,
    cells: [],
  };
  const d = m.featureNames.length, flat = gridRows(plane.domain, TABLE_GRID, TABLE_GRID, d, (x, y) => plane.lift(x, y));
  for (let k = 0; k < TABLE_GRID * TABLE_GRID; k++) t.cells.push(Array.from(flat.subarray(k * d, (k + 1) * d)));
  cache.set(key, t);
  return t;
}

/**
 * Whether the map gives one answer everywhere (f of one sign, or one class): a plane of two columns with the others at
 * their means can lie away from every row (penguins' one-hot columns at fractions no row has), and an RBF SVM then
 * answers one class on all of it. The caption says so rather than leaving the learner with a plain map.
 */
export function oneAnswer(view: Pick<SvmFrame, 'f' | 'grid'>): boolean {
  if (view.f) return view.f.every((v) => v >= 0) || view.f.every((v) => v < 0);
  const classes = view.grid && 'classes' in view.grid ? view.grid.classes : null;
  return !!classes && Array.prototype.every.call(classes, (c: number) => c === classes[0]);
}
