/**
 * What a parameter change invalidates, read from the schema's `affects` column instead of hand-kept lists:
 * a run restarts when the key of its data and model rows changes, and view rows never restart anything.
 */
import type { ParamSpec, Schema } from '../../params';

export type Affects = ParamSpec['affects'];

/**
 * A string that changes exactly when one of the rows of the given kinds changes value. `except` leaves out
 * rows a result is known not to depend on (kNN's accuracy curve covers every k, so k is not in its key).
 */
export function rowsKey(schema: Schema, values: object, kinds: readonly Affects[] = ['data', 'model'], except: readonly string[] = []): string {
  const v = values as Record<string, unknown>;
  return JSON.stringify(schema.filter((p) => kinds.includes(p.affects) && !except.includes(p.name)).map((p) => v[p.name]));
}

/** The largest value a link may carry for a count row (its schema `max`), or Infinity when it has none. */
export function countLimit(schema: Schema, name: string): number {
  const spec = schema.find((p) => p.name === name);
  return spec && (spec.type === 'int' || spec.type === 'number') ? spec.max : Infinity;
}

/** The labels of the data and model rows whose values differ between two states (what a rebuild was for). */
export function changedRows(schema: Schema, before: object, after: object): string[] {
  const a = before as Record<string, unknown>, b = after as Record<string, unknown>;
  return schema
    .filter((p) => p.affects !== 'view' && JSON.stringify(a[p.name]) !== JSON.stringify(b[p.name]))
    .map((p) => p.label);
}

// one formatter for every notice: toLocaleString builds a new one per call (about 1 ms each in a profile of #/tree's
// depth slider, where every step rebuilds the run)
const COUNT = new Intl.NumberFormat('en-US');

/**
 * What the learner is told when a change of a data or model row dropped a trained model. It restarts rather than
 * continuing on the new data because a link replays its count from the start on the data it describes: a model
 * carried over would be one no link could reopen.
 */
export function restartNotice(changed: readonly string[], lost: number, unit: string): string {
  const what = changed.length ? changed.join(', ') : 'A setting';
  const units = lost === 1 ? unit.replace(/s$/, '') : unit;
  return `${what} changed, so training started again from 0 (${COUNT.format(lost)} ${units} dropped: a link replays training from the start, on the data it describes).`;
}
