// The kNN widget's rows before the split: a 2-D problem from the data-set table (stretched, with dragged points
// moved), or the learner's table (every feature; a plane chosen for the map). The session splits and fits them.
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import type { Domain } from '../../charts/types';
import type { Plane } from '../shared/plane';
import type { ReadTable } from '../shared/table-input.svelte';
import type { Params } from './params';

export const STRETCH = 10;

export interface KnnRows {
  /** one row per sample, every feature the model uses (two for the 2-D problems) */
  rows: number[][];
  y: number[];
  classNames: string[];
  /** the map's axes, in display units */
  domain: { x: Domain; y: Domain };
  axisLabels: [string, string];
  /** the learner's table: the plane the map shows (null: the rows are the plane) */
  plane: Plane | null;
  /** the table's feature names (a 2-D problem: the axis titles) */
  featureNames: string[];
}

/** A 2-D problem of the data-set table, in display units (x₁ stretched when asked, dragged points moved). */
export function pointRows(p: Params): KnnRows {
  let X: number[][], y: number[], domain: { x: Domain; y: Domain }, classNames: string[], names: [string, string];
  if (p.dataset === 'iris') {
    // the two petal measurements: the pair that separates the species best, so the map reads at a glance
    const iris = buildDataset('iris');
    X = iris.X.map((r) => [r[2], r[3]]);
    y = iris.y.slice();
    domain = { x: [0.5, 7.5], y: [-0.25, 2.85] };
    classNames = iris.targetNames;
    names = ['petal length (cm)', 'petal width (cm)'];
  } else {
    const spec = datasetNamed(p.dataset);
    if (!spec?.domain) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
    const d = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
    ({ X, y } = d);
    domain = { x: spec.domain.x, y: spec.domain.y };
    classNames = d.targetNames;
    names = ['x₁', 'x₂'];
  }
  const sx = p.stretch ? STRETCH : 1;
  const rows = X.map((r) => [r[0] * sx, r[1]]);
  for (const [x, yy, idx] of p.moved) if (idx < rows.length) rows[idx] = [x, yy];
  return {
    rows,
    y,
    classNames,
    domain: { x: [domain.x[0] * sx, domain.x[1] * sx], y: domain.y },
    axisLabels: [p.stretch ? `${names[0]} × ${STRETCH}` : names[0], names[1]],
    plane: null,
    featureNames: names,
  };
}

/** The learner's table: every feature, and the plane of the first two principal components or of two features. */
export function tableRows(p: Params, read: ReadTable): KnnRows {
  const t = read.matrix;
  const plane = read.plane(p);
  return { rows: t.X, y: t.y, classNames: t.classNames, domain: plane.domain, axisLabels: plane.labels, plane, featureNames: t.featureNames };
}
