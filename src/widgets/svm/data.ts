/**
 * The SVM widget's points: a 2-D set of the table (or only clicked points), with the points the learner dragged
 * moved before the split, split into training and test rows, plus the clicked points (training rows). Everything
 * follows from the params and the seed, so a link gives the same points.
 */
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import type { Domain } from '../../charts/types';
import { applyMoves, type PointSource } from '../shared/point-edits';
import type { Params } from './params';

export interface SvmPoint extends PointSource {
  x: number;
  y: number;
  /** Class index (0 … nClasses − 1). */
  c: number;
  test: boolean;
}

export interface SvmData {
  /** Training points first (generated, then clicked), then test points: the order the plot draws and indexes. */
  points: SvmPoint[];
  nTrain: number;
  domain: { x: Domain; y: Domain };
  classNames: string[];
}

const CLICK_DOMAIN: Domain = [-2, 2];
const CLICK_CLASSES = 3;

export function buildSvmData(p: Params): SvmData {
  let X: number[][] = [], y: number[] = [], domain = { x: CLICK_DOMAIN, y: CLICK_DOMAIN }, classNames: string[];
  if (p.dataset === 'clicks') {
    classNames = Array.from({ length: CLICK_CLASSES }, (_, c) => `class ${c}`);
  } else {
    const spec = datasetNamed(p.dataset);
    if (!spec?.domain) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
    const d = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
    X = d.X.map((r) => [r[0], r[1]]);
    y = d.y.slice();
    domain = { x: spec.domain.x, y: spec.domain.y };
    classNames = d.targetNames;
  }
  X = applyMoves(X, p.moved);

  const points: SvmPoint[] = [];
  let trainRows: number[] = [], testRows: number[] = [];
  if (X.length) {
    const split = trainTestSplit(X, y, { trainSize: p.trainShare, stratify: y, seed: p.seed });
    trainRows = split.trainIndices;
    testRows = split.testIndices;
  }
  const pt = (row: number, test: boolean): SvmPoint => ({ x: X[row][0], y: X[row][1], c: y[row], test, source: 'data', index: row });
  for (const r of trainRows) points.push(pt(r, false));
  // A link may carry a class the data set lacks (class 3 on moons): it joins the last class rather than failing.
  p.added.forEach(([ax, ay, c], k) => points.push({ x: ax, y: ay, c: Math.min(c, classNames.length - 1), test: false, source: 'added', index: k }));
  const nTrain = points.length;
  for (const r of testRows) points.push(pt(r, true));
  return { points, nTrain, domain, classNames };
}
