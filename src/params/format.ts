import { formatFileRef } from './files';
import { roundToControl } from './precision';
import type { AnyValues, FileRef, ParamSpec, Point3, Schema, Values } from './types';

/** Twelve significant digits: drops binary noise such as 0.30000000000000004 from links. */
const num = (v: number) => String(Number(v.toPrecision(12)));

/** The URL text of one value (the inverse of parseValue). */
export function formatValue(spec: ParamSpec, value: unknown): string {
  switch (spec.type) {
    case 'bool':
      return value ? '1' : '0';
    case 'flags':
    case 'enums':
      return (value as readonly string[]).join(',');
    case 'numbers':
      return (value as readonly number[]).map(num).join(',');
    case 'points':
      return (value as readonly Point3[]).map(([x, y, c]) => `${+x.toFixed(3)},${+y.toFixed(3)},${c}`).join(';');
    case 'file':
      return formatFileRef(value as FileRef | null);
    case 'number':
    case 'int':
      // only the digits its control can show (precision.ts): parseValue reads the text back to the same number
      return num(roundToControl(spec, value as number));
    default:
      return String(value);
  }
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
