// A learner's table split as the table models split it, with each row's point on the map's plane: shared by the
// table modes that draw rows as points (#/tree, #/svm), in their lazy chunks.
import { trainTestSplit } from '../../core/data';
import type { Plane } from './plane';
import type { ReadTable } from './table-input.svelte';
import type { PlaneChoice } from './table-plane';

/** A row drawn on the plane: its projection, its class, whether it is a test row, and its row in the table. */
export interface TablePoint {
  x: number;
  y: number;
  c: number;
  test: boolean;
  source: 'data';
  index: number;
}

export interface TablePoints {
  plane: Plane;
  /** training rows first, then test rows */
  points: TablePoint[];
  nTrain: number;
  trainIndices: number[];
  testIndices: number[];
}

/** The rows split (stratified by class, the link's train share and seed) and projected on the link's plane. */
export function tablePoints(p: PlaneChoice & { trainShare: number; seed: number }, read: ReadTable): TablePoints {
  const m = read.matrix;
  const plane = read.plane(p);
  const { trainIndices, testIndices } = trainTestSplit(m.X.map((_, i) => [i]), m.y, { trainSize: p.trainShare, seed: p.seed, stratify: m.y });
  const point = (i: number, test: boolean): TablePoint => {
    const [x, y] = plane.project(m.X[i]);
    return { x, y, c: m.y[i], test, source: 'data', index: i };
  };
  return { plane, points: [...trainIndices.map((i) => point(i, false)), ...testIndices.map((i) => point(i, true))], nTrain: trainIndices.length, trainIndices, testIndices };
}
