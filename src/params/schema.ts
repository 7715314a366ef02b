/**
 * The widget contract's single source of truth: one declarative table of parameters per widget.
 * It drives the generated controls, the URL-hash state, the embed attributes and their validation,
 * so the three can never disagree (TensorFlow Playground's state.ts idea, typed).
 */

interface BaseSpec {
  name: string;
  label: string;
  help: string;
  /**
   * What a change of this value invalidates, so the run contract knows what to rebuild:
   * 'data' regenerates the data and the model, 'model' refits the model on the same data,
   * 'view' only redraws (a threshold, a speed, a display option, the step count the run writes itself).
   */
  affects: 'data' | 'model' | 'view';
  /** Optional heading the controls are grouped under (e.g. "Data", "Model", "Training"). */
  group?: string;
  /** Kept in the URL and embeds but given no generated control (the widget sets it, e.g. a step count). */
  hidden?: boolean;
  /** When given and false for the current values, the control is shown disabled (e.g. C without a penalty). */
  enabledIf?: (values: Readonly<Record<string, unknown>>) => boolean;
}
export interface NumberSpec extends BaseSpec {
  type: 'number';
  default: number;
  min: number;
  max: number;
  step?: number;
  /** 'log' gives a slider that moves in decades (learning rates, C). */
  scale?: 'linear' | 'log';
}
export interface IntSpec extends BaseSpec {
  type: 'int';
  default: number;
  min: number;
  max: number;
  step?: number;
}
export interface EnumSpec extends BaseSpec {
  type: 'enum';
  default: string;
  options: readonly { readonly value: string; readonly label: string }[];
}
export interface BoolSpec extends BaseSpec {
  type: 'bool';
  default: boolean;
}
/** A set of choices (e.g. which input features are on), stored in the URL as a comma list. */
export interface FlagsSpec extends BaseSpec {
  type: 'flags';
  default: readonly string[];
  options: readonly { readonly value: string; readonly label: string }[];
  /** At least this many must stay on (e.g. 1 input feature). */
  minSelected?: number;
}
/**
 * Points a learner placed by clicking, as [x, y, class] triples: `x,y,c;x,y,c` in the URL.
 * Never gets a generated control (the widget's plot is the control).
 */
export interface PointsSpec extends BaseSpec {
  type: 'points';
  default: readonly (readonly [number, number, number])[];
  /** At most this many points are kept (links stay short). */
  maxPoints: number;
  /** Class labels allowed: 0 … nClasses-1. */
  nClasses: number;
}
export type ParamSpec = NumberSpec | IntSpec | EnumSpec | BoolSpec | FlagsSpec | PointsSpec;
export type Point3 = [number, number, number];
export type Schema = readonly ParamSpec[];

type ValueOf<P> = P extends { type: 'enum'; options: readonly { value: infer V }[] }
  ? V
  : P extends { type: 'bool' }
    ? boolean
    : P extends { type: 'flags'; options: readonly { value: infer V }[] }
      ? V[]
      : P extends { type: 'number' | 'int' }
        ? number
        : P extends { type: 'points' }
          ? Point3[]
          : never;

/** The typed values of a schema declared `as const`: `Values<typeof schema>`. */
export type Values<S extends Schema> = { [P in S[number] as P['name']]: ValueOf<P> };
export type ParamValue = number | string | boolean | string[] | Point3[];
export type AnyValues = Record<string, ParamValue>;

/** Declares a schema and keeps its literal types, e.g. `export const schema = defineSchema([...] as const)`. */
export function defineSchema<const S extends Schema>(schema: S): S {
  const seen = new Set<string>();
  for (const p of schema) {
    if (seen.has(p.name)) throw new Error(`duplicate parameter ${p.name}`);
    seen.add(p.name);
  }
  return schema;
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: AnyValues = {};
  for (const p of schema) {
    out[p.name] = p.type === 'flags' ? [...p.default] : p.type === 'points' ? p.default.map((q) => [...q] as Point3) : p.default;
  }
  return out as Values<S>;
}

/** Parses one raw string for a spec; returns undefined when it is not a valid value. */
export function parseValue(spec: ParamSpec, raw: string): ParamValue | undefined {
  const s = raw.trim();
  switch (spec.type) {
    case 'number':
    case 'int': {
      if (s === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
      const v = Number(s);
      if (!Number.isFinite(v) || v < spec.min || v > spec.max) return undefined;
      if (spec.type === 'int' && !Number.isInteger(v)) return undefined;
      return v;
    }
    case 'enum':
      return spec.options.some((o) => o.value === s) ? s : undefined;
    case 'bool':
      if (['1', 'true', 'on', 'yes', ''].includes(s.toLowerCase())) return true;
      if (['0', 'false', 'off', 'no'].includes(s.toLowerCase())) return false;
      return undefined;
    case 'flags': {
      const parts = s === '' ? [] : s.split(',').map((x) => x.trim());
      const valid = spec.options.map((o) => o.value);
      if (parts.some((x) => !valid.includes(x))) return undefined;
      const uniq = valid.filter((v) => parts.includes(v));
      if (uniq.length < (spec.minSelected ?? 0)) return undefined;
      return uniq;
    }
    case 'points': {
      if (s === '') return [];
      const triples = s.split(';');
      if (triples.length > spec.maxPoints) return undefined;
      const out: Point3[] = [];
      for (const t of triples) {
        const parts = t.split(',');
        if (parts.length !== 3 || parts.some((x) => !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(x.trim()))) return undefined;
        const [x, y, c] = parts.map(Number);
        if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) return undefined;
        if (!Number.isInteger(c) || c < 0 || c >= spec.nClasses) return undefined;
        out.push([x, y, c]);
      }
      return out;
    }
  }
}

export function formatValue(spec: ParamSpec, value: unknown): string {
  if (spec.type === 'bool') return value ? '1' : '0';
  if (spec.type === 'flags') return (value as string[]).join(',');
  if (spec.type === 'points') return (value as Point3[]).map(([x, y, c]) => `${+x.toFixed(3)},${+y.toFixed(3)},${c}`).join(';');
  if (typeof value === 'number') return String(Number(value.toPrecision(12)));
  return String(value);
}

export interface ParseResult<S extends Schema> {
  values: Values<S>;
  /** Human-readable notices about ignored or invalid input, shown to the user. */
  notices: string[];
}

/** Shortens user-supplied text before it is quoted back in a notice. */
function quote(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return `“${t}”`;
}

function describeRange(spec: ParamSpec): string {
  switch (spec.type) {
    case 'number':
    case 'int':
      return `${spec.type === 'int' ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
    case 'enum':
      return `one of ${spec.options.map((o) => o.value).join(', ')}`;
    case 'bool':
      return '0 or 1';
    case 'flags':
      return `a comma list of ${spec.options.map((o) => o.value).join(', ')}`;
    case 'points':
      return `a list of at most ${spec.maxPoints} “x,y,class” points separated by “;”`;
  }
}

/**
 * Validates raw key/value input (URL query or element attributes). Unknown keys and invalid values
 * fall back to defaults with a notice; never throws. `reserved` keys (e.g. `controls`) are not reported.
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
  for (const [key, rawValue] of entries) {
    const spec = byName.get(key);
    if (!spec) {
      if (!reserved.includes(key)) notices.push(`Unknown setting ${quote(key)} was ignored.`);
      continue;
    }
    const v = parseValue(spec, rawValue);
    if (v === undefined) {
      notices.push(`${spec.label}: ${quote(rawValue)} is not ${describeRange(spec)}; using ${formatValue(spec, spec.default)}.`);
    } else {
      values[key] = v;
    }
  }
  return { values: values as Values<S>, notices };
}

/** The values that differ from the defaults, in schema order, as a query string (no leading '?'). */
export function serializeParams<S extends Schema>(schema: S, values: Values<S>): string {
  const q = new URLSearchParams();
  const vals = values as unknown as AnyValues;
  for (const p of schema) {
    const v = vals[p.name];
    if (v === undefined) continue;
    const s = formatValue(p, v);
    if (s !== formatValue(p, p.default)) q.set(p.name, s);
  }
  return q.toString();
}
