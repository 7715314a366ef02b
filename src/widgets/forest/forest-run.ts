/**
 * What the forest pages (classifier and regressor) share about their run: one tree per step, at the chosen pace
 * while playing; a link's count of trees regrows the same forest; a change of data or settings (a nudge, a drag,
 * max_features) regrows as many trees as were on screen, a frame's budget at a time. And one tree's growth.
 */
import type { Tree } from '../../core/models/tree';
import { createRun } from '../shared/run.svelte';
import type { RunSession } from '../shared/run-options';
import { schema, type Params } from './params';

export function forestRun<S extends RunSession & { view(): unknown }>(
  params: () => Params,
  build: (p: Params, previous: S | null) => S,
  /** a table's reads (the classifier on the learner's table): build again when one lands; wait for a link's */
  table: { rebuildKey?: () => string; pending?: () => boolean } = {},
) {
  return createRun<Params, S, ReturnType<S['view']>>({
    schema,
    params,
    build,
    ...table,
    view: (s) => s.view() as ReturnType<S['view']>,
    interval: () => 1000 / params().speed,
    unit: 'trees',
    keepCount: true,
    what: 'this forest',
  });
}

/** A session that grows its forest one tree per step. */
interface Growing {
  steps: number;
  readonly total: number;
  readonly model: { step(): { estimator: { tree: Tree } } | null } | null;
}

/** Grows the session's next tree and counts it; null when the forest is complete (or there is nothing to grow). */
export function growOne(s: Growing): Tree | null {
  if (!s.model || s.steps >= s.total) return null;
  const grown = s.model.step();
  if (!grown) return null;
  s.steps++;
  return grown.estimator.tree;
}
