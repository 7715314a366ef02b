/**
 * The forest is stable where a single tree is not: nudge k moves 5 % of the points a little (shared/trees/points.ts),
 * then a single deep tree and the forest are each fitted on the original and on the nudged points, and we count the
 * share of the plane (cells of a grid) whose predicted class changed. Both models use the widget's tree options; the
 * single tree sees every row and every feature, as #/tree grows it.
 */
import { gridCenters } from '../../charts/boundary';
import type { ClassGrid } from '../../charts/types';
import { RandomForestClassifier } from '../../core/models/ensemble';
import { DecisionTreeClassifier } from '../../core/models/tree';
import { PointSet } from '../shared/trees/points';
import type { Params } from './params';
import { forestOptions } from './options';

/** Cells per side of the comparison maps. */
export const STABILITY_GRID = 48;

export interface ModelShift {
  /** Share of the cells whose predicted class changed. */
  flipped: number;
  /** The nudged model's classes, flipped cells at full strength and the rest pale. */
  grid: ClassGrid;
}

export interface Stability {
  tree: ModelShift;
  forest: ModelShift;
}

interface Predictor {
  predict(X: number[][]): number[];
}

function shift(fit: (s: PointSet) => Predictor, before: PointSet, after: PointSet | Predictor, cells: number[][]): ModelShift {
  const a = fit(before).predict(cells), b = (after instanceof PointSet ? fit(after) : after).predict(cells);
  let flipped = 0;
  const confidence = new Float32Array(b.length);
  b.forEach((c, i) => {
    const moved = c !== a[i];
    if (moved) flipped++;
    confidence[i] = moved ? 1 : 0.15;
  });
  return { flipped: flipped / b.length, grid: { nx: STABILITY_GRID, ny: STABILITY_GRID, classes: Int32Array.from(b), confidence } };
}

/**
 * How far a nudge moves a deep tree's boundary and the forest's; null without a nudge or without two classes to split.
 * `grown` is the forest already fitted on `after` with these params, if there is one (it equals a fresh fit).
 */
export function stability(p: Params, after: PointSet, grown: Predictor | null = null): Stability | null {
  if (p.nudge === 0 || p.nEstimators < 1) return null;
  const before = new PointSet({ ...p, nudge: 0 });
  if (new Set(before.train.y).size < 2 || new Set(after.train.y).size < 2) return null;
  const { xs, ys } = gridCenters(STABILITY_GRID, STABILITY_GRID, after.domain.x, after.domain.y);
  const cells = Array.from({ length: STABILITY_GRID * STABILITY_GRID }, (_, k) => [xs[k % STABILITY_GRID], ys[Math.floor(k / STABILITY_GRID)]]);
  const o = forestOptions(p);
  const tree = (s: PointSet) => new DecisionTreeClassifier({ criterion: o.criterion, maxDepth: o.maxDepth, minSamplesLeaf: o.minSamplesLeaf, seed: p.seed }).fit(s.train.X, s.train.y);
  const forest = (s: PointSet) => new RandomForestClassifier({ ...o, oobScore: false }).fit(s.train.X, s.train.y);
  return { tree: shift(tree, before, after, cells), forest: shift(forest, before, grown ?? after, cells) };
}
