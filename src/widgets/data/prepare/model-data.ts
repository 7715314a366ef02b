// What the preparation panels share: a DataTable as model input (its number columns as rows with NaN for missing,
// the target as class codes), the two downstream models, their cross-validated score, and a queue that computes
// scores in the page's idle time, after the change's frame is drawn, so the page never blocks.
import { isNumericColumn, type DataTable, type LabelColumn, type NumericColumn } from '../../../core/data/table';
import { KNeighborsClassifier, LogisticRegression } from '../../../core/models';
import { StratifiedKFold, type CvEstimator, type CvSplit } from '../../../core/model_selection';
import type { Estimator } from '../../../core/base';
import { idleSlices } from '../../shared/idle-slices';

export type ModelId = 'knn' | 'logistic';
export const MODELS: readonly { id: ModelId; label: string }[] = [
  { id: 'knn', label: 'k-nearest neighbours (k = 5)' },
  { id: 'logistic', label: 'logistic regression (first class vs rest)' },
];

/** One bar of a ScoreBars chart: a choice and its score (null while computing, or with the error that stopped it). */
export interface ScoreItem {
  label: string;
  score: number | null;
  error?: string | null;
  /** The score of the previous setting, drawn faded while this one's is computed ("scoring…"). */
  before?: number | null;
}

/** The items of a new round of scoring: no scores yet, each keeping the last score it had (if any) to draw faded. */
export function rescoring(labels: readonly string[], previous: readonly ScoreItem[]): ScoreItem[] {
  const last = new Map(previous.map((p) => [p.label, p.score ?? p.before ?? null]));
  return labels.map((label) => ({ label, score: null, before: last.get(label) ?? null }));
}

/** At most this many rows go into a panel's computations (a larger table is sampled evenly, and the panel says so). */
export const PANEL_ROWS = 1500;

export interface Target {
  /** A class code per row (rows with a missing target are left out: keep says which rows are in). */
  y: number[];
  keep: number[];
  classes: string[];
}

/** The table's number columns other than the target. */
export function numberColumns(table: DataTable, target: string | null): NumericColumn[] {
  return table.columns.filter((c): c is NumericColumn => isNumericColumn(c) && c.name !== target);
}

/** The table's label columns other than the target. */
export function labelColumns(table: DataTable, target: string | null): LabelColumn[] {
  return table.columns.filter((c): c is LabelColumn => !isNumericColumn(c) && c.name !== target);
}

/** Rows of the given number columns (NaN = missing), for the given row indices. */
export function rowsOf(cols: readonly NumericColumn[], idx: readonly number[]): number[][] {
  return idx.map((i) => cols.map((c) => c.values[i]));
}

/** The target as class codes (sorted labels, or the distinct numbers of a number column in numeric order), or an error in words. */
export function targetOf(table: DataTable, target: string | null): Target | string {
  if (!target) return 'Choose a target column to see what each choice does to a model.';
  const col = table.columns.find((c) => c.name === target);
  if (!col) return `There is no column "${target}".`;
  const keep: number[] = [], raw: string[] = [];
  for (let i = 0; i < table.nRows; i++) {
    const v = isNumericColumn(col) ? (Number.isNaN(col.values[i]) ? null : String(col.values[i])) : col.values[i];
    if (v !== null) { keep.push(i); raw.push(v); }
  }
  // a number column's classes in numeric order ("2" before "10"), as pandas and scikit-learn sort them: the
  // logistic panels' "first class" and the Python snippet's must be the same class
  const distinct = [...new Set(raw)];
  const classes = isNumericColumn(col) ? distinct.sort((a, b) => Number(a) - Number(b)) : distinct.sort();
  if (classes.length < 2) return `The target "${target}" has fewer than two classes.`;
  if (classes.length > 20) return `The target "${target}" has ${classes.length} distinct values: these panels score classifiers, so choose a column of classes.`;
  const code = new Map(classes.map((c, k) => [c, k]));
  return { y: raw.map((v) => code.get(v)!), keep, classes };
}

/** A fresh model; logistic regression is binary, so it learns "first class or not" (yFor maps the target). */
export function makeModel(id: ModelId): Estimator<object, object> & { fit(X: number[][], y: number[]): unknown; predict(X: number[][]): number[] } {
  return id === 'knn' ? new KNeighborsClassifier({ nNeighbors: 5 }) : new LogisticRegression({ maxIter: 200 });
}

export function yFor(id: ModelId, y: readonly number[]): number[] {
  return id === 'logistic' ? y.map((v) => (v === 0 ? 1 : 0)) : [...y];
}

/** At most this long (ms) of score work per idle period, besides the browser's own idle deadline: on a loaded
 *  machine a unit takes several times its idle-machine time, and units packed up to a 50 ms deadline made long tasks. */
export const SLICE_MS = 8;

/**
 * Runs tasks one after another in the page's idle time (idleSlices: after the frame that shows the change, as many
 * as fit in the idle period and SLICE_MS, at least one), so input and paint always go first; onResult
 * gets each result as it comes. Returns a function that cancels the rest.
 */
export function runChunked<T>(tasks: readonly (() => T)[], onResult: (i: number, r: T) => void): () => void {
  let i = 0;
  if (!tasks.length) return () => {};
  return idleSlices((more) => {
    const end = performance.now() + SLICE_MS;
    do {
      const k = i++;
      onResult(k, tasks[k]());
    } while (i < tasks.length && more() && performance.now() < end);
    return i >= tasks.length;
  });
}

/** A choice to score: a fresh estimator (usually a Pipeline ending in a model) and the data it is scored on. */
export interface ScoreJob {
  label: string;
  make: () => CvEstimator;
  X: number[][];
  y: number[];
}

const take = <T>(a: readonly T[], idx: readonly number[]): T[] => idx.map((i) => a[i]);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The mean 5-fold cross-validated accuracy of each job (stratified folds, as crossValScore for a classifier),
 * computed a fold at a time in the page's idle periods (idleSlices), so that no frame waits for it and no single
 * task holds the page for long. `jobs` may be a function that builds them: it is called in the first idle period.
 * onScore reports each job once all its folds are in (or with the error that stopped it). Returns a function that
 * cancels the rest.
 */
export function scoreJobs(jobs: readonly ScoreJob[] | (() => readonly ScoreJob[]), onScore: (k: number, item: ScoreItem) => void, folds = 5): () => void {
  // Everything, even building the jobs' matrices and their folds, happens in idle time: the change's frame only
  // shows the step's own views. Units: the jobs (once), then per job its folds (once) and each fold's fit.
  let list: readonly ScoreJob[] | null = typeof jobs === 'function' ? null : jobs;
  let k = 0, splits: CvSplit[] | null = null, scores: number[] = [];
  const next = () => { k++; splits = null; scores = []; };
  const unit = (): boolean => {
    if (!list) {
      list = (jobs as () => readonly ScoreJob[])();
      return list.length === 0;
    }
    const j = list[k];
    try {
      if (!splits) splits = new StratifiedKFold({ nSplits: folds }).split(j.X, j.y);
      else {
        const s = splits[scores.length];
        const e = j.make();
        e.fit(take(j.X, s.train), take(j.y, s.train));
        const pred = e.predict(take(j.X, s.test));
        scores.push(pred.filter((v, i) => v === j.y[s.test[i]]).length / s.test.length);
        if (scores.length === splits.length) {
          onScore(k, { label: j.label, score: scores.reduce((a, b) => a + b, 0) / scores.length });
          next();
        }
      }
    } catch (e) {
      onScore(k, { label: j.label, score: null, error: message(e) });
      next();
    }
    return k >= list.length;
  };
  return idleSlices((more) => {
    const end = performance.now() + SLICE_MS;
    let done: boolean;
    do done = unit(); while (!done && more() && performance.now() < end);
    return done;
  });
}

/** Evenly spaced row indices, at most `max` of them (a 100,000-row table draws as a sample). */
export function sampleRows(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: max }, (_, k) => Math.floor((k * n) / max));
}
