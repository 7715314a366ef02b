/**
 * The tree and forest widgets' points: a 2-D set of the table (or two iris columns, or only clicked points), nudged on
 * request, split into training and test rows, plus the points the learner clicked (training rows). Everything
 * follows from the params and the seed, so a link gives the same points.
 */
import { trainTestSplit } from '../../../core/data';
import { datasetNamed, noiseAt } from '../../../core/datasets/catalog';
import { buildDataset } from '../../../core/datasets/build';
import { Rng } from '../../../core/random';
import type { Domain } from '../../../charts/types';
import { applyMoves, type PointSource } from '../point-edits';
import { trainingProblems } from './problems';
import { IRIS_FEATURES, type PointParams as Params } from './rows';

export interface TreePoint extends PointSource {
  x: number;
  y: number;
  c: number;
  test: boolean;
}

export interface TreeData {
  /** Training points first, then test points (the order the scatter draws and indexes them). */
  points: TreePoint[];
  nTrain: number;
  domain: { x: Domain; y: Domain };
  classNames: string[];
  axisLabels: [string, string];
  /** How many points the last nudge moved (0: not nudged). */
  nudged: number;
}

/** Share of the points one press of "Nudge" moves, and how far (standard deviation, as a share of the axis span). */
export const NUDGE_SHARE = 0.05;
const NUDGE_STEP = 0.06;
/** Where clicked points live when there is no data set to take a domain from. */
const CLICK_DOMAIN: Domain = [-2, 2];
const CLICK_CLASSES = 4;

/** Domain of a column with 8 % air on each side (iris has no fixed domain in the table). */
function padded(values: number[]): Domain {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const pad = (hi - lo || 1) * 0.08;
  return [lo - pad, hi + pad];
}

function basePoints(p: Params): { X: number[][]; y: number[]; domain: { x: Domain; y: Domain }; classNames: string[]; axisLabels: [string, string] } {
  if (p.dataset === 'clicks') {
    return { X: [], y: [], domain: { x: CLICK_DOMAIN, y: CLICK_DOMAIN }, classNames: Array.from({ length: CLICK_CLASSES }, (_, c) => `class ${c}`), axisLabels: ['x₁', 'x₂'] };
  }
  if (p.dataset === 'iris') {
    const d = buildDataset('iris');
    const a = Number(p.irisX), b = Number(p.irisY);
    const X = d.X.map((r) => [r[a], r[b]]);
    const label = (k: number) => IRIS_FEATURES[k].label;
    return { X, y: d.y.slice(), domain: { x: padded(X.map((r) => r[0])), y: padded(X.map((r) => r[1])) }, classNames: d.targetNames, axisLabels: [label(a), label(b)] };
  }
  const spec = datasetNamed(p.dataset);
  if (!spec?.domain) throw new RangeError(`the data set “${p.dataset}” is not a 2-D problem this widget can plot`);
  const d = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
  return { X: d.X, y: d.y, domain: { x: spec.domain.x, y: spec.domain.y }, classNames: d.targetNames, axisLabels: ['x₁', 'x₂'] };
}

/**
 * Nudge number k: a fresh draw (from the seed and k, not cumulative) of 5 % of the rows, each moved by a small
 * Gaussian step. Every press shows another small change of the same data, which is the point: a tree is unstable.
 */
export function nudge(X: number[][], domain: { x: Domain; y: Domain }, seed: number, k: number): { X: number[][]; moved: number } {
  if (k <= 0 || X.length === 0) return { X, moved: 0 };
  const rng = new Rng(seed * 10007 + k);
  const count = Math.max(1, Math.round(X.length * NUDGE_SHARE));
  const sx = (domain.x[1] - domain.x[0]) * NUDGE_STEP, sy = (domain.y[1] - domain.y[0]) * NUDGE_STEP;
  const out = X.map((r) => r.slice());
  for (const i of rng.permutation(X.length).slice(0, count)) {
    out[i][0] += rng.normal(0, sx);
    out[i][1] += rng.normal(0, sy);
  }
  return { X: out, moved: count };
}

export function buildPoints(p: Params): TreeData {
  const base = basePoints(p);
  const nudged = nudge(base.X, base.domain, p.seed, p.nudge);
  // a dragged point lands where it was dropped, nudged or not: the drag is the later, deliberate edit
  const X = applyMoves(nudged.X, p.moved);
  const train: TreePoint[] = [], test: TreePoint[] = [];
  if (X.length > 0) {
    const ids = X.map((_, i) => [i]);
    // a regression surface has no classes to stratify by (its points carry the real target in c: see forest/regression.ts)
    const split = trainTestSplit(ids, base.y, { trainSize: p.trainShare, seed: p.seed, stratify: base.classNames.length ? base.y : undefined });
    const at = (i: number, test: boolean): TreePoint => ({ x: X[i][0], y: X[i][1], c: base.y[i], test, source: 'data', index: i });
    for (const i of split.trainIndices) train.push(at(i, false));
    for (const i of split.testIndices) test.push(at(i, true));
  }
  // clicked points join the training rows: they are evidence the tree must fit
  p.added.forEach(([x, y, c], k) => {
    if (c < base.classNames.length) train.push({ x, y, c, test: false, source: 'added', index: k });
  });
  return { points: [...train, ...test], nTrain: train.length, domain: base.domain, classNames: base.classNames, axisLabels: base.axisLabels, nudged: nudged.moved };
}

/** Rows as an estimator takes them. */
export interface Rows {
  X: number[][];
  y: number[];
}

/**
 * Where a session's rows come from when they are not the plot's points: the learner's table (#/tree's table mode,
 * built in its own lazy chunk), whose rows have every feature while `data` holds their projections on the map's plane.
 */
export interface RowSource {
  data: TreeData;
  train: Rows;
  test: Rows;
  /** the columns' names (the tree's rules and the candidate view read them) */
  featureNames: string[];
}

/**
 * What a tree or forest session builds before its model: the points, their training and test rows, and the
 * sentences about what in the training rows limits the model (problems.ts).
 */
/** What the points depend on: a session whose key equals its predecessor's keeps the predecessor's points. */
const pointsKey = (p: Params) => JSON.stringify([p.dataset, p.irisX, p.irisY, p.n, p.noise, p.trainShare, p.seed, p.nudge, p.added, p.moved]);

export class PointSet {
  readonly data: TreeData;
  /** null for a table's rows (the source builds them) */
  private readonly pointsKey: string | null;
  readonly domain: { x: Domain; y: Domain };
  readonly classNames: string[];
  readonly train: Rows;
  readonly test: Rows;
  readonly problems: string[];
  /** what each column of the rows is: the two axes, or the table's columns */
  readonly featureNames: readonly string[];

  /**
   * `previous`: the session this one replaces. When only the model's settings changed (a depth, a leaf size, α), its
   * points, rows and problems are taken as they are: the same arrays, so the scatter sees nothing to redraw and a
   * slider change spends its frame on the tree, not on drawing the same 200 points again.
   */
  constructor(p: Params, source: RowSource | null = null, previous: PointSet | null = null) {
    this.pointsKey = source ? null : pointsKey(p);
    const same = previous !== null && this.pointsKey !== null && previous.pointsKey === this.pointsKey;
    this.data = source?.data ?? (same ? previous.data : buildPoints(p));
    this.domain = this.data.domain;
    this.classNames = this.data.classNames;
    const rows = (pts: TreePoint[]): Rows => ({ X: pts.map((q) => [q.x, q.y]), y: pts.map((q) => q.c) });
    this.train = source?.train ?? (same ? previous.train : rows(this.data.points.slice(0, this.data.nTrain)));
    this.test = source?.test ?? (same ? previous.test : rows(this.data.points.slice(this.data.nTrain)));
    this.featureNames = source?.featureNames ?? this.data.axisLabels;
    this.problems = same ? previous.problems.slice() : trainingProblems(this.train.X, this.train.y, this.featureNames);
  }
}
