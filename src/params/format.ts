import type { AnyValues, ParamSpec, Point3, Schema, Values } from './types';

/** The URL text of one value (the inverse of parseValue). */
export function formatValue(spec: ParamSpec, value: unknown): string {
  if (spec.type === 'bool') return value ? '1' : '0';
  if (spec.type === 'flags') return (value as string[]).join(',');
  if (spec.type === 'points') return (value as Point3[]).map(([x, y, c]) => `${+x.toFixed(3)},${+y.toFixed(3)},${c}`).join(';');
  if (typeof value === 'number') return String(Number(value.toPrecision(12)));
  return String(value);
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
