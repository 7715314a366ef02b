import type { Schema } from './types';

/**
 * Classroom mode (issue 13; TensorFlow Playground's `<control>_hide`, turned round): an embed's `controls` key lists
 * the settings a reader may change, e.g. `controls=lr,activation`; every other control is hidden while its value
 * still comes from the link. `null` means every control (no key, or the old `controls=1`); `[]` none (`controls=0`).
 * A list only ever names rows of the widget's schema, in schema order: unknown names (typos, garbage, a renamed row)
 * are dropped without a notice, so a list of nothing but garbage hides every control rather than showing them all.
 */
export type ShownControls = readonly string[] | null;

/** The rows a `controls` value lets the reader change; never throws. */
export function parseShownControls(raw: string | null, schema: Schema): ShownControls {
  if (raw === null) return null;
  const text = raw.trim();
  if (text === '' || text === '1' || text.toLowerCase() === 'all') return null;
  // hand-written lists may use spaces or another case ("lr, Activation"): match names case-insensitively
  const asked = new Set(text.split(/[\s,]+/).map((s) => s.toLowerCase()));
  return schema.filter((p) => asked.has(p.name.toLowerCase())).map((p) => p.name);
}

/** The `controls` value for a choice (null: leave the key out), in schema order so equal choices give equal links. */
export function formatShownControls(shown: ShownControls, schema: Schema): string | null {
  if (shown === null) return null;
  const names = schema.filter((p) => shown.includes(p.name)).map((p) => p.name);
  return names.length ? names.join(',') : '0';
}

/** Whether the reader may change row `name` (a widget's own control for it, such as a button on a diagram). */
export function controlShown(shown: ShownControls, name: string): boolean {
  return shown === null || shown.includes(name);
}
