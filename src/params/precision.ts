import type { AnyValues, IntSpec, NumberSpec, Schema } from './types';

/**
 * How precisely a number row is kept: in links, embeds and the live state alike, so a link never carries
 * digits no control can show (`threshold=0.472659350706`), and what is on screen is what the link opens.
 *
 * - a row with a `step` (or a linear slider, whose step is a hundredth of its range) keeps as many decimals as
 *   its step, min and max need to be written exactly: `step: 0.05` → 2 decimals, `step: 0.001` → 3;
 * - a log-scale row keeps 4 significant digits (what its slider's read-out shows; the slider itself snaps to 2);
 * - an int row is whole already.
 * The result stays within [min, max], and rounding twice gives the same value (serialize∘parse is a fixed point).
 */
export function roundToControl(spec: NumberSpec | IntSpec, v: number): number {
  if (spec.type === 'int' || !Number.isFinite(v)) return v;
  const r = spec.scale === 'log' && spec.min > 0 ? Number(v.toPrecision(LOG_DIGITS)) : Number(v.toFixed(controlDecimals(spec)));
  return Math.min(Math.max(r, spec.min), spec.max);
}

/** Significant digits a log-scale row keeps. */
export const LOG_DIGITS = 4;

/** Decimals a linear number row keeps: enough for its step, min and max (at most 12). */
export function controlDecimals(spec: NumberSpec): number {
  const step = spec.step ?? (spec.max - spec.min) / 100;
  return Math.max(decimalsOf(step), decimalsOf(spec.min), decimalsOf(spec.max));
}

/** The fewest decimals (0 … 12) that write `x` exactly (to 12 significant digits). */
function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const target = Number(x.toPrecision(12));
  for (let d = 0; d < 12; d++) if (Number(x.toFixed(d)) === target) return d;
  return 12;
}

/**
 * The number rows of `values` that hold more digits than their control keeps, with the rounded value: the shell
 * writes these back, so a value a widget set by a drag (a threshold taken from a ROC point) is the one the link opens.
 */
export function unroundedRows(schema: Schema, values: AnyValues): [string, number][] {
  const out: [string, number][] = [];
  for (const p of schema) {
    const v = values[p.name];
    if ((p.type === 'number' || p.type === 'int') && typeof v === 'number') {
      const r = roundToControl(p, v);
      if (r !== v) out.push([p.name, r]);
    }
  }
  return out;
}
