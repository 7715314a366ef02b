import type { ParamSpec, Schema } from './types';

type AnyRecord = Readonly<Record<string, unknown>>;

/** Whether a row gets a control for these values: not hidden, not drawn on a plot, and applicable (visibleIf). */
export function isShown(spec: ParamSpec, values: AnyRecord): boolean {
  if (spec.hidden || spec.type === 'points' || spec.type === 'enums') return false;
  return spec.visibleIf ? spec.visibleIf(values) : true;
}

/** Whether a shown row's control takes input for these values (enabledIf). */
export function isEnabled(spec: ParamSpec, values: AnyRecord): boolean {
  return spec.enabledIf ? spec.enabledIf(values) : true;
}

/** The rows that get a control for these values, in schema order. */
export function shownParams<S extends Schema>(schema: S, values: AnyRecord): S[number][] {
  return schema.filter((p) => isShown(p, values));
}
