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
