import type { Option, ParamSpec, Schema } from './types';

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

/**
 * The choices a control shows for an enum or flags row: the schema's own, or for runtime options the ones the widget
 * supplies (undefined until known). For a schema's own choices the widget may narrow and rename them (#/svm: the pairs
 * its data has, by the classes' names), never add a value the schema does not have.
 */
export function shownChoices(options: readonly Option[] | 'runtime', supplied: readonly Option[] | undefined): readonly Option[] | undefined {
  if (options === 'runtime') return supplied;
  return supplied ? supplied.filter((n) => options.some((o) => o.value === n.value)) : options;
}
