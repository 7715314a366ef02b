// Pure helpers of Heatmap: colour schemes as 256-entry lookup tables, matrix → RGBA bytes, and the
// automatic colour domain. No DOM; unit-tested.
import { interpolateLab, interpolateViridis, rgb } from 'd3';
import { NAN_RGBA, categorical, probaColor, tint } from './palette';
import type { Domain } from './types';

export type HeatScheme = 'sequential' | 'diverging' | 'viridis';

/** Colour of t in [0, 1] for a scheme: sequential = near-white → dark blue; diverging = class 0 colour ↔ white ↔ class 1 colour. */
export function schemeColor(scheme: HeatScheme, t: number): string {
  const q = Math.min(1, Math.max(0, t));
  if (scheme === 'viridis') return interpolateViridis(q);
  if (scheme === 'diverging') return probaColor(q);
  return interpolateLab(tint(categorical[0], 0.94), '#08306b')(q);
}

const luts = new Map<HeatScheme, Uint8ClampedArray>();
export function schemeLUT(scheme: HeatScheme): Uint8ClampedArray {
  let lut = luts.get(scheme);
  if (!lut) {
    lut = new Uint8ClampedArray(256 * 4);
    for (let k = 0; k < 256; k++) {
      const c = rgb(schemeColor(scheme, k / 255));
      lut.set([c.r, c.g, c.b, 255], k * 4);
    }
    luts.set(scheme, lut);
  }
  return lut;
}

/**
 * Colour domain of a matrix: [min, max] of the finite values; diverging → symmetric [-m, m] around 0
 * so white means zero. Constant or empty input gets a non-empty domain.
 */
export function heatDomain(values: ArrayLike<number>, scheme: HeatScheme): Domain {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return scheme === 'diverging' ? [-1, 1] : [0, 1];
  if (scheme === 'diverging') {
    const m = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
    return [-m, m];
  }
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

/** Values → RGBA through the scheme's lookup table over `domain`; non-finite values are grey. */
export function valuesToRGBA(values: ArrayLike<number>, domain: Domain, scheme: HeatScheme = 'sequential', out?: Uint8ClampedArray): Uint8ClampedArray {
  const n = values.length;
  const rgba = out && out.length === n * 4 ? out : new Uint8ClampedArray(n * 4);
  const lut = schemeLUT(scheme);
  const [d0, d1] = domain;
  const span = d1 - d0;
  const k = Number.isFinite(span) && span !== 0 ? 255 / span : 0;
  const [gr, gg, gb, ga] = NAN_RGBA;
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      rgba[o] = gr; rgba[o + 1] = gg; rgba[o + 2] = gb; rgba[o + 3] = ga;
      continue;
    }
    const t = (v - d0) * k;
    const idx = (t <= 0 ? 0 : t >= 255 ? 255 : (t + 0.5) | 0) << 2;
    rgba[o] = lut[idx]; rgba[o + 1] = lut[idx + 1]; rgba[o + 2] = lut[idx + 2]; rgba[o + 3] = lut[idx + 3];
  }
  return rgba;
}

/** Text colour readable on a cell of colour t (dark text on light cells, white on dark ones). */
export function labelColorOn(scheme: HeatScheme, t: number): string {
  const c = rgb(schemeColor(scheme, t));
  const luminance = (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b) / 255;
  return luminance > 0.55 ? '#1f2937' : '#ffffff';
}
