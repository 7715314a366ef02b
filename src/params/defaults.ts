import type { AnyValues, Point3, Schema, Values } from './types';

/** Declares a schema and keeps its literal types, e.g. `export const schema = defineSchema([...] as const)`. */
export function defineSchema<const S extends Schema>(schema: S): S {
  const seen = new Set<string>();
  for (const p of schema) {
    if (seen.has(p.name)) throw new Error(`duplicate parameter ${p.name}`);
    seen.add(p.name);
  }
  return schema;
}

/** Fresh default values (arrays copied, so editing them never changes the schema). */
export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: AnyValues = {};
  for (const p of schema) {
    out[p.name] = p.type === 'flags' ? [...p.default] : p.type === 'points' ? p.default.map((q) => [...q] as Point3) : p.default;
  }
  return out as Values<S>;
}
