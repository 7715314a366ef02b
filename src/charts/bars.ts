// Pure helpers of BarChart: the value domain (always containing 0, optionally symmetric, with room for
// the value labels) and the zero test. Unit-tested.
import type { Bar, Domain } from './types';

export function isZero(v: number, eps: number): boolean {
  return Number.isFinite(v) && Math.abs(v) <= eps;
}

/**
 * Value-axis domain of bars: includes 0; symmetric → [-m, m] with m = max |v|; `labelRoom` widens
 * each side that has bars by that fraction of the span (room for value labels). All-zero or empty
 * input gives [-1, 1] (symmetric) or [0, 1].
 */
export function barDomain(bars: Bar[], symmetric: boolean, labelRoom = 0): Domain {
  let lo = 0;
  let hi = 0;
  for (const b of bars) {
    if (!Number.isFinite(b.value)) continue;
    lo = Math.min(lo, b.value);
    hi = Math.max(hi, b.value);
  }
  if (symmetric) {
    const m = Math.max(-lo, hi) || 1;
    [lo, hi] = [-m, m];
  } else if (lo === 0 && hi === 0) hi = 1;
  const span = hi - lo;
  return [lo < 0 ? lo - span * labelRoom : lo, hi > 0 ? hi + span * labelRoom : hi];
}
