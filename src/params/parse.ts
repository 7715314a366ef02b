import { defaults } from './defaults';
import { describeRange, describeValue } from './describe';
import { parseFileRef } from './files';
import { formatValue } from './format';
import { roundToControl } from './precision';
import { isRuntimeFlag, isRuntimeValue, quote } from './text';
import type { AnyValues, FlagsSpec, NumbersSpec, ParamSpec, ParamValue, Point3, Schema, Values } from './types';

/** A plain decimal or exponent number: no hex, no "Infinity", no "NaN" (Number() would take them). */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Parses one raw string for a spec; returns undefined when it is not a valid value. */
export function parseValue(spec: ParamSpec, raw: string): ParamValue | undefined {
  const s = raw.trim();
  switch (spec.type) {
    case 'number':
    case 'int': {
      if (s === '' || !NUMBER.test(s)) return undefined;
      const v = Number(s);
      if (!Number.isFinite(v) || v < spec.min || v > spec.max) return undefined;
      if (spec.type === 'int' && !Number.isInteger(v)) return undefined;
      // digits beyond what the control shows are dropped, so the state is what a link written from it says
      return roundToControl(spec, v);
    }
    case 'enum':
      // Runtime options are not known yet: keep any well-formed value for resolveRuntime to check.
      if (spec.options === 'runtime') return isRuntimeValue(s) ? s : undefined;
      return spec.options.some((o) => o.value === s) ? s : undefined;
    case 'bool':
      if (['1', 'true', 'on', 'yes', ''].includes(s.toLowerCase())) return true;
      if (['0', 'false', 'off', 'no'].includes(s.toLowerCase())) return false;
      return undefined;
    case 'flags':
      return parseFlags(spec, s);
    case 'numbers':
      return parseNumbers(spec, s);
    case 'enums': {
      const parts = s === '' ? [] : s.split(',').map((x) => x.trim());
      return parts.length <= spec.maxLength && parts.every((x) => spec.options.some((o) => o.value === x)) ? parts : undefined;
    }
    case 'file':
      return parseFileRef(s);
    case 'points': {
      if (s === '') return [];
      const triples = s.split(';');
      if (triples.length > spec.maxPoints) return undefined;
      const out: Point3[] = [];
      for (const t of triples) {
        const parts = t.split(',');
        if (parts.length !== 3 || parts.some((x) => !NUMBER.test(x.trim()))) return undefined;
        const [x, y, c] = parts.map(Number);
        if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) return undefined;
        if (!Number.isInteger(c) || c < 0 || c >= spec.nClasses) return undefined;
        out.push([x, y, c]);
      }
      return out;
    }
  }
}

function parseFlags(spec: FlagsSpec, s: string): string[] | undefined {
  const parts = s === '' ? [] : s.split(',').map((x) => x.trim());
  let uniq: string[];
  if (spec.options === 'runtime') {
    // Order and existence are settled by resolveRuntime once the options are known.
    if (!parts.every(isRuntimeFlag)) return undefined;
    uniq = [...new Set(parts)];
  } else {
    const valid = spec.options.map((o) => o.value);
    if (parts.some((x) => !valid.includes(x))) return undefined;
    uniq = valid.filter((v) => parts.includes(v));
  }
  return uniq.length < (spec.minSelected ?? 0) ? undefined : uniq;
}

function parseNumbers(spec: NumbersSpec, s: string): number[] | undefined {
  const parts = s === '' ? [] : s.split(',').map((x) => x.trim());
  if (parts.length < spec.minLength || parts.length > spec.maxLength) return undefined;
  const out: number[] = [];
  for (const x of parts) {
    if (!NUMBER.test(x)) return undefined;
    const v = Number(x);
    if (!Number.isFinite(v) || v < spec.min || v > spec.max) return undefined;
    if (spec.element === 'int' && !Number.isInteger(v)) return undefined;
    out.push(v);
  }
  return out;
}

export interface ParseResult<S extends Schema> {
  values: Values<S>;
  /** Human-readable notices about ignored or invalid input, shown to the user. */
  notices: string[];
}

/**
 * Validates raw key/value input (URL query or element attributes). Unknown keys and invalid values
 * fall back to defaults with a notice; never throws. `reserved` keys (e.g. `controls`) are not reported.
 * A key given more than once follows one rule, the last value wins, and a notice says so (lastValues).
 */
export function parseParams<S extends Schema>(
  schema: S,
  raw: URLSearchParams | Record<string, string | null | undefined>,
  reserved: readonly string[] = [],
): ParseResult<S> {
  const entries: [string, string][] =
    raw instanceof URLSearchParams
      ? [...raw.entries()]
      : Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string');
  const values = defaults(schema) as AnyValues;
  const notices: string[] = [];
  const byName = new Map(schema.map((p) => [p.name, p]));
  for (const { key, value: rawValue, count } of lastValues(entries)) {
    const spec = byName.get(key);
    if (!spec) {
      if (!reserved.includes(key)) notices.push(`Unknown setting ${quote(key)} was ignored.`);
      continue;
    }
    if (count > 1) notices.push(`${quote(key)} was given ${count === 2 ? 'twice' : `${count} times`}; the last value, ${quote(rawValue)}, is used.`);
    const v = parseValue(spec, rawValue);
    if (v === undefined) {
      notices.push(`${spec.label}: ${quote(rawValue)} is not ${describeRange(spec)}; using ${describeValue(spec, formatValue(spec, spec.default))}.`);
    } else {
      values[key] = v;
    }
  }
  return { values: values as Values<S>, notices };
}

/**
 * Each key once, with its last value and how often it was given, in the order of first appearance. The last
 * value wins because that is what a hand-edited link most likely meant (a value appended to override one).
 */
export function lastValues(entries: Iterable<readonly [string, string]>): { key: string; value: string; count: number }[] {
  const seen = new Map<string, { key: string; value: string; count: number }>();
  for (const [key, value] of entries) {
    const e = seen.get(key);
    if (e) {
      e.value = value;
      e.count++;
    } else seen.set(key, { key, value, count: 1 });
  }
  return [...seen.values()];
}

/** The value a query gives a key under the same rule (the last one), or null: for the shell's own keys (`controls`). */
export function lastValue(query: URLSearchParams, key: string): string | null {
  return query.getAll(key).at(-1) ?? null;
}
