import type { AnyValues, ParamSpec, ParamValue, Point3, Schema, Values } from './types';

/** Declares a schema and keeps its literal types, e.g. `export const schema = defineSchema([...] as const)`. */
export function defineSchema<const S extends Schema>(schema: S): S {
  const seen = new Set<string>();
  for (const p of schema) {
    if (seen.has(p.name)) throw new Error(`duplicate parameter ${p.name}`);
    seen.add(p.name);
  }
  return schema;
}

/** A fresh copy of one row's default (arrays copied, so editing a value never changes the schema). */
export function defaultValue(p: ParamSpec): ParamValue {
  switch (p.type) {
    case 'flags':
      return [...p.default];
    case 'numbers':
      return [...p.default];
    case 'enums':
      return [...p.default];
    case 'points':
      return p.default.map((q) => [...q] as Point3);
    default:
      return p.default;
  }
}

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: AnyValues = {};
  for (const p of schema) out[p.name] = defaultValue(p);
  return out as Values<S>;
}
