/**
 * The forest is stable where a single tree is not: nudge k moves 5 % of the points a little (shared/trees/points.ts;
 * on a table every column of 5 % of the rows, shared/trees/table.ts), then a single deep tree and the forest are each
 * fitted on the original and on the nudged rows, and we count the share of the plane (cells of a grid, lifted to every
 * column on a table) whose predicted class changed. Both models use the widget's tree options; the single tree sees
 * every row and every feature, as #/tree grows it.
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

function shift(a: readonly number[], b: readonly number[]): ModelShift {
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
 * The comparison as work in small pieces: it yields after each tree of each forest (and after the predictions), so a
 * page can spread the ~200 tree fits over frames instead of freezing for half a second.
 */
function* compute(p: Params, before: PointSet, after: PointSet, grown: Predictor | null, cells: number[][]): Generator<void, Stability> {
  const o = forestOptions(p, after.featureNames.length);
  const tree = (s: PointSet) => new DecisionTreeClassifier({ criterion: o.criterion, maxDepth: o.maxDepth, minSamplesLeaf: o.minSamplesLeaf, seed: p.seed }).fit(s.train.X, s.train.y).predict(cells);
  const treeShift = shift(tree(before), tree(after));
  yield;
  // start + one step per tree grows the same forest as fit (core's step API)
  function* forest(s: PointSet): Generator<void, Predictor> {
    const m = new RandomForestClassifier({ ...o, oobScore: false }).start(s.train.X, s.train.y);
    while (m.step()) yield;
    return m;
  }
  const a = (yield* forest(before)).predict(cells);
  yield;
  const b = (grown ?? (yield* forest(after))).predict(cells);
  return { tree: treeShift, forest: shift(a, b) };
}

/** The comparison advanced a time budget at a time; `progress` counts its pieces (trees, mostly) of `total`. */
export class StabilityJob {
  result: Stability | null = null;
  progress = 0;
  readonly total: number;
  private readonly work: Generator<void, Stability>;

  constructor(p: Params, before: PointSet, after: PointSet, grown: Predictor | null, cells: number[][]) {
    this.work = compute(p, before, after, grown, cells);
    this.total = 3 + p.nEstimators * (grown ? 1 : 2);
  }

  get done(): boolean {
    return this.result !== null;
  }

  /** Works until `budgetMs` have passed (at least one piece); true once the result is there. */
  advance(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const start = now();
    while (!this.result) {
      const r = this.work.next();
      if (r.done) this.result = r.value;
      else this.progress++;
      if (now() - start >= budgetMs) break;
    }
    return this.done;
  }
}

/** A table's rows before the nudge and the map's cells lifted to every column (a 2-D set's are built here). */
export interface TableStability {
  before: PointSet;
  cells: number[][];
}

/** The centres of the 2-D comparison grid (row 0 at the top). */
function planeCells(domain: PointSet['domain']): number[][] {
  const { xs, ys } = gridCenters(STABILITY_GRID, STABILITY_GRID, domain.x, domain.y);
  return Array.from({ length: STABILITY_GRID * STABILITY_GRID }, (_, k) => [xs[k % STABILITY_GRID], ys[Math.floor(k / STABILITY_GRID)]]);
}

/**
 * The work of measuring how far a nudge moves a deep tree's boundary and the forest's; null without a nudge or
 * without two classes to split. `grown` is the forest already fitted on `after` with these params, if there is one
 * (it equals a fresh fit). `table`: the learner's table's rows before the nudge and the lifted cells.
 */
export function stabilityJob(p: Params, after: PointSet, grown: Predictor | null = null, table?: TableStability): StabilityJob | null {
  if (p.nudge === 0 || p.nEstimators < 1) return null;
  const before = table?.before ?? new PointSet({ ...p, nudge: 0 });
  if (new Set(before.train.y).size < 2 || new Set(after.train.y).size < 2) return null;
  return new StabilityJob(p, before, after, grown, table?.cells ?? planeCells(after.domain));
}

/** The comparison at once (tests, and the reference the page's budgeted job must equal). */
export function stability(p: Params, after: PointSet, grown: Predictor | null = null, table?: TableStability): Stability | null {
  const job = stabilityJob(p, after, grown, table);
  if (!job) return null;
  job.advance(Infinity);
  return job.result;
}
