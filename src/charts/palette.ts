// Colours shared by every chart. Okabe–Ito first (safe for the common colour-vision deficiencies),
// then Paul Tol's "muted" extras, so up to 12 classes stay distinguishable.
import { color as d3color, interpolateLab, interpolateRgb, rgb } from 'd3';

export const categorical: readonly string[] = [
  '#0072B2', // 0 blue
  '#E69F00', // 1 orange
  '#009E73', // 2 bluish green
  '#CC79A7', // 3 reddish purple
  '#56B4E9', // 4 sky blue
  '#D55E00', // 5 vermillion
  '#332288', // 6 indigo (Tol)
  '#882255', // 7 wine (Tol)
  '#999933', // 8 olive (Tol)
  '#44AA99', // 9 teal (Tol)
  '#F0E442', // 10 yellow (last: low contrast on white)
  '#666666', // 11 grey
];

/** Colour of class k (cycles past the palette; negative or non-integer k → grey). */
export function classColor(k: number, colors: readonly string[] = categorical): string {
  if (!Number.isInteger(k) || k < 0) return NAN_COLOR;
  return colors[k % colors.length];
}

/** The ink of a rate or share that is not a class (confusion-matrix cells): a slate no class colour uses. */
export const RATE_INK = '#475569';

/**
 * The sign of a weight or of a unit's output (network links, neuron maps, CNN filters): its own pair, magenta for
 * negative and green for positive (ColorBrewer's PiYG ends, safe for the common colour-vision deficiencies), so a
 * sign never reads as class 0 / class 1 (blue / orange).
 */
export const SIGN_NEGATIVE = '#C51B7D';
export const SIGN_POSITIVE = '#4D9221';

/** Cells whose value is not finite (or class < 0) are drawn in this neutral grey. */
export const NAN_COLOR = '#d1d5db';
export const NAN_RGBA: readonly [number, number, number, number] = [209, 213, 219, 255];

/** Near-white at p = 0.5: the "undecided" middle of the diverging scale. */
const MID = '#f7f7f7';
/** How far the map's extreme colours are lightened towards white, so full-colour points stay visible on top. */
const MAP_TINT = 0.35;

/** Mix a colour with white: t = 0 → the colour, t = 1 → white. */
export function tint(c: string, t: number): string {
  return interpolateRgb(c, '#ffffff')(Math.min(1, Math.max(0, t)));
}

/** The same colour with opacity a (for translucent fills such as Voronoi cells). */
export function withAlpha(c: string, a: number): string {
  const parsed = d3color(c);
  if (!parsed) return c;
  parsed.opacity = Math.min(1, Math.max(0, a));
  return parsed.formatRgb();
}

/** Diverging colour of P(class 1): class 0 colour ↔ near-white at 0.5 ↔ class 1 colour. */
export function probaColor(p: number, colors: readonly string[] = categorical): string {
  if (!Number.isFinite(p)) return NAN_COLOR;
  const q = Math.min(1, Math.max(0, p));
  const end = q < 0.5 ? colors[0] : colors[1];
  return interpolateLab(MID, tint(end, MAP_TINT))(Math.abs(q - 0.5) * 2);
}

/** 256 × RGBA lookup table of probaColor: entry k is the colour of p = k / 255. */
export function makeProbaLUT(colors: readonly string[] = categorical): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 4);
  for (let k = 0; k < 256; k++) {
    const c = rgb(probaColor(k / 255, colors));
    lut.set([c.r, c.g, c.b, 255], k * 4);
  }
  return lut;
}

export const PROBA_LUT: Uint8ClampedArray = makeProbaLUT();
/** The sign ramp as a lookup table: entry k is the colour of (k / 255) · 2 − 1, negative ↔ white ↔ positive. */
export const SIGN_LUT: Uint8ClampedArray = makeProbaLUT([SIGN_NEGATIVE, SIGN_POSITIVE]);

/** Confidence levels per class in the multiclass lookup table. */
export const CLASS_LEVELS = 64;
/** Lightest share of the class colour at confidence 0 (so every region keeps a hint of its class). */
const MIN_STRENGTH = 0.12;

/** Per-class RGBA table: entry (k, l) = class k's colour at confidence l / (CLASS_LEVELS - 1). */
export function makeClassLUT(colors: readonly string[] = categorical): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(colors.length * CLASS_LEVELS * 4);
  for (let k = 0; k < colors.length; k++) {
    const mix = interpolateLab('#ffffff', tint(colors[k], MAP_TINT));
    for (let l = 0; l < CLASS_LEVELS; l++) {
      const s = MIN_STRENGTH + (1 - MIN_STRENGTH) * (l / (CLASS_LEVELS - 1));
      const c = rgb(mix(s));
      lut.set([c.r, c.g, c.b, 255], (k * CLASS_LEVELS + l) * 4);
    }
  }
  return lut;
}

