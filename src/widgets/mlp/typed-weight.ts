// Only the weight box (WeightEditor, loaded on the first click on a link) reads typed text: kept out of edits.ts,
// which the session loads with the route.
import { MAX_TYPED_WEIGHT } from './params';

/**
 * A typed weight read from text: the number (rounded to the 12 digits a link keeps, so a replay sets the very same
 * value), or a message saying what is wrong with it.
 */
export function parseWeight(text: string): { value: number } | { error: string } {
  const t = text.trim().replace(/^\u2212/, '-');
  const v = t === '' ? NaN : Number(t);
  if (!Number.isFinite(v)) return { error: `“${text.trim()}” is not a number: type a weight such as 0.5 or -1.2.` };
  if (Math.abs(v) > MAX_TYPED_WEIGHT) return { error: `A typed weight must be between −${MAX_TYPED_WEIGHT} and ${MAX_TYPED_WEIGHT}.` };
  return { value: Number(v.toPrecision(12)) };
}
