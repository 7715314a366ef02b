import { describeRange, describeValue } from './describe';
import { formatFileRef } from './files';
import { formatValue } from './format';
import { quote } from './text';
import type { AnyValues, EnumSpec, FileRef, FlagsSpec, Option, Schema, Values } from './types';

/*
 * Values that can only be checked at run time: options the widget supplies later (a CSV's columns) and
 * uploaded files. parseParams keeps any well-formed value for them; resolveRuntime, called once the
 * widget knows its options and holds its files, keeps what exists and falls back with a notice otherwise.
 */

export interface RuntimeContext {
  /** The choices of each `options: 'runtime'` row, by parameter name; rows missing here are left as they are. */
  options?: Readonly<Record<string, readonly Option[]>>;
  /** The files this widget instance holds (its FileStore); without it, file rows are left as they are. */
  files?: { has(ref: FileRef | null): boolean };
}

export interface ResolveResult<S extends Schema> {
  values: Values<S>;
  /** One notice per value that fell back, for the usual visible list. */
  notices: string[];
}

/** Resolves every runtime-option and file row of `values` against what the widget has; never throws. */
export function resolveRuntime<S extends Schema>(schema: S, values: Values<S>, ctx: RuntimeContext): ResolveResult<S> {
  const out = { ...(values as unknown as AnyValues) };
  const notices: string[] = [];
  for (const spec of schema) {
    const v = out[spec.name];
    if ((spec.type === 'enum' || spec.type === 'flags') && spec.options === 'runtime') {
      const options = ctx.options?.[spec.name];
      if (!options) continue;
      const r = spec.type === 'enum' ? resolveChoice(spec, v as string, options) : resolveFlags(spec, v as string[], options);
      out[spec.name] = r.value;
      if (r.notice) notices.push(r.notice);
    } else if (spec.type === 'file' && ctx.files && v !== null && !ctx.files.has(v as FileRef)) {
      const ref = v as FileRef;
      out[spec.name] = null;
      notices.push(
        `${spec.label}: the link names the file ${quote(formatFileRef(ref))}, which is not loaded here (links never carry files); using the default data. Choose the file to use it.`,
      );
    }
  }
  return { values: out as Values<S>, notices };
}

/** A runtime enum value checked against the actual options. */
export function resolveChoice(spec: EnumSpec, value: string, options: readonly Option[]): { value: string; notice?: string } {
  const has = (v: string) => options.some((o) => o.value === v);
  if (has(value)) return { value };
  // The default when the data has it, else the first option ('' as a default means "the first").
  const fallback = has(spec.default) ? spec.default : (options[0]?.value ?? spec.default);
  // A value that merely repeats the default ('' or a column this data lacks) is no mistake of the link's.
  if (value === spec.default) return { value: fallback };
  return { value: fallback, notice: fallbackNotice(spec, value, options, fallback) };
}

/** Runtime flags checked against the actual options: kept (in option order) only when all exist. */
export function resolveFlags(spec: FlagsSpec, value: readonly string[], options: readonly Option[]): { value: string[]; notice?: string } {
  const known = options.map((o) => o.value);
  const inOrder = (vs: readonly string[]) => known.filter((k) => vs.includes(k));
  const min = Math.min(spec.minSelected ?? 0, known.length);
  if (value.every((v) => known.includes(v)) && value.length >= min) return { value: inOrder(value) };
  let fallback = inOrder(spec.default);
  if (fallback.length < min) fallback = known.slice(0, min);
  const isDefault = formatValue(spec, value) === formatValue(spec, spec.default);
  return { value: fallback, notice: isDefault ? undefined : fallbackNotice(spec, value.join(','), options, fallback.join(',')) };
}

function fallbackNotice(spec: EnumSpec | FlagsSpec, raw: string, options: readonly Option[], fallback: string): string {
  return `${spec.label}: ${quote(raw)} is not ${describeRange(spec, options)}; using ${describeValue(spec, fallback)}.`;
}

