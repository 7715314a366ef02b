// #/tree on the learner's table (its table mode): every column a feature the tree may split on, the rows split into
// training and test rows as kNN splits them, and the map on one plane through them (the table's PCA plane or two
// chosen columns). Its own chunk, loaded only when a table is chosen: #/tree's route is at its budget.
import type { DecisionTreeClassifier } from '../../core/models/tree';
import type { ClassGrid } from '../../charts/types';
import { gridRows } from '../shared/grid-rows';
import type { Plane } from '../shared/plane';
import type { ReadTable } from '../shared/table-input.svelte';
import { tablePoints } from '../shared/table-points';
import type { RowSource } from '../shared/trees/points';
import type { Params } from './params';

export interface TreeTable extends RowSource {
  /** the plane the map shows and the points are drawn on */
  plane: Plane;
}

/** The table's rows for the tree (every column) and their points on the map's plane, training rows first. */
export function treeTable(p: Params, read: ReadTable): TreeTable {
  const m = read.matrix;
  const { plane, points, nTrain, trainIndices, testIndices } = tablePoints(p, read);
  const rows = (idx: number[]) => ({ X: idx.map((i) => m.X[i]), y: idx.map((i) => m.y[i]) });
  return {
    plane,
    data: { points, nTrain, domain: plane.domain, classNames: m.classNames, axisLabels: plane.labels, nudged: 0 },
    train: rows(trainIndices),
    test: rows(testIndices),
    featureNames: m.featureNames,
  };
}

/**
 * The tree's class and leaf purity at the centres of an n × n grid over the plane (row 0 at the top): each cell lifted
 * to a full row (the plane's point, the other features at their means or along the principal components).
 */
export function treeGrid(model: DecisionTreeClassifier, plane: Plane, n: number): ClassGrid & { classes: Int32Array; confidence: Float32Array } {
  const dim = model.nFeaturesIn;
  const flat = gridRows(plane.domain, n, n, dim, (x, y) => plane.lift(x, y));
  const P = model.predictProba(Array.from({ length: n * n }, (_, k) => Array.from(flat.subarray(k * dim, (k + 1) * dim))));
  const classes = new Int32Array(n * n), confidence = new Float32Array(n * n);
  P.forEach((row, k) => {
    let best = 0;
    for (let c = 1; c < row.length; c++) if (row[c] > row[best]) best = c;
    classes[k] = model.classes[best];
    confidence[k] = row[best];
  });
  return { nx: n, ny: n, classes, confidence };
}
