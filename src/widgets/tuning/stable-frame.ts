// Keeps the parts of a tuning frame that did not change as the same objects, so that the page redraws only the views
// whose data changed. The worker posts a new frame (every part a fresh copy after structured cloning) for each
// evaluated candidate, but one candidate changes one search's cells or points and the best-so-far curves; the
// validation and learning curves, the chosen models and the failures change a few times per run.
import type { TuningFrame } from './session-types';

/** Structural equality of cloned frame data: numbers by Object.is (NaN equals NaN), arrays and plain objects by entry. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    const x = a as unknown as ArrayLike<unknown>, y = b as unknown as ArrayLike<unknown>;
    if (!(ArrayBuffer.isView(b) || Array.isArray(b)) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!same(x[i], y[i])) return false;
    return true;
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** `next`, with each part equal to `prev`'s replaced by `prev`'s object. */
export function stableFrame(prev: TuningFrame, next: TuningFrame): TuningFrame {
  if (prev === next) return prev;
  const out = { ...next } as Record<keyof TuningFrame, unknown>;
  for (const k of Object.keys(next) as (keyof TuningFrame)[]) if (same(prev[k], next[k])) out[k] = prev[k];
  return out as unknown as TuningFrame;
}
