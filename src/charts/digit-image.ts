// Pure helper of DigitImage: a small image's values → RGBA bytes. No DOM; unit-tested.
import { rgb } from 'd3';
import { NAN_RGBA, SIGN_NEGATIVE, SIGN_POSITIVE } from './palette';

/**
 * 'ink': 0 → white, `max` → the `darkest` grey (digits; values outside clipped).
 * 'diverging': negative → magenta, 0 → white, positive → green (the sign colours of palette.ts), scaled by the largest |value| (filters).
 * 'heat': the image's min..max → white..dark grey (feature maps).
 */
export type ImageMode = 'ink' | 'diverging' | 'heat';

export interface ImageStyle {
  mode?: ImageMode;
  /** 'ink': the value drawn darkest (e.g. 16 for the 8×8 UCI digits, 1 for [0, 1] images). */
  max?: number;
  /** 'ink' and 'heat': the grey level (0 = black) of the darkest pixel. */
  darkest?: number;
}

const NEGATIVE = rgb(SIGN_NEGATIVE);
const POSITIVE = rgb(SIGN_POSITIVE);

/** RGBA bytes of the first rows × cols values (row-major); non-finite values are the charts' "no value" grey. */
export function imageRGBA(data: ArrayLike<number>, rows: number, cols: number, { mode = 'ink', max = 1, darkest = 20 }: ImageStyle = {}): Uint8ClampedArray {
  const n = rows * cols;
  const out = new Uint8ClampedArray(4 * n);
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = data[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const absMax = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  for (let i = 0; i < n; i++) {
    const v = data[i];
    let r: number, g: number, b: number;
    if (!Number.isFinite(v)) {
      [r, g, b] = NAN_RGBA;
    } else if (mode === 'diverging') {
      const t = Math.max(-1, Math.min(1, v / absMax));
      const c = t < 0 ? NEGATIVE : POSITIVE;
      const a = Math.abs(t);
      r = 255 + (c.r - 255) * a;
      g = 255 + (c.g - 255) * a;
      b = 255 + (c.b - 255) * a;
    } else {
      const t = mode === 'heat' ? (hi > lo ? (v - lo) / (hi - lo) : 0) : Math.max(0, Math.min(1, v / max));
      r = g = b = 255 - (255 - darkest) * t;
    }
    out[4 * i] = Math.round(r);
    out[4 * i + 1] = Math.round(g);
    out[4 * i + 2] = Math.round(b);
    out[4 * i + 3] = 255;
  }
  return out;
}
