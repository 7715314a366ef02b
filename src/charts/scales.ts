// Scale construction shared by the charts: guards against degenerate or invalid domains so a chart
// always has a usable scale (an empty series or a single value must not produce NaN coordinates).
import { format, scaleLinear, scaleLog, ticks } from 'd3';
import type { AxisSpec, Domain, Scale } from './types';

/** A finite, non-empty domain: equal ends are widened, invalid ones fall back. Log domains stay > 0. */
export function safeDomain(d: Domain | null | undefined, type: 'linear' | 'log' = 'linear'): Domain {
  const fallback: Domain = type === 'log' ? [1, 10] : [0, 1];
  if (!d) return fallback;
  let [a, b] = d;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return fallback;
  if (type === 'log') {
    if (a <= 0 || b <= 0) return fallback;
    if (a === b) return [a / 2, b * 2];
    return [a, b];
  }
  if (a === b) {
    const pad = a === 0 ? 1 : Math.abs(a) * 0.1;
    [a, b] = [a - pad, b + pad];
  }
  return [a, b];
}

/** Build the d3 scale of an axis for a pixel range. */
export function makeScale(spec: AxisSpec, range: [number, number]): Scale {
  const type = spec.type ?? 'linear';
  const domain = safeDomain(spec.domain, type);
  const s: Scale = type === 'log' ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range);
  if (spec.nice) s.nice();
  return s;
}

/** [min, max] of the finite values (and > 0 for log), or null if there are none. */
export function finiteExtent(values: Iterable<number>, positiveOnly = false): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Widen a domain by a fraction of its span on each side (scatter plots keep points off the frame). */
export function padDomain(d: Domain, fraction = 0.05): Domain {
  const span = d[1] - d[0];
  const pad = span > 0 ? span * fraction : Math.abs(d[0]) * 0.1 || 1;
  return [d[0] - pad, d[1] + pad];
}

/**
 * Tick values and their labels of a scale, as the axis will draw them. Log axes use plain numbers
 * ("0.2", not d3's SI "200m") and keep only the labelled ticks, so the grid stays light.
 */
export function ticksOf(scale: Scale, spec: AxisSpec, count: number): { values: number[]; labels: string[] } {
  const n = spec.ticks ?? count;
  let values = spec.tickValues ?? scale.ticks(n);
  const log = (spec.type ?? 'linear') === 'log';
  let f = spec.tickFormat ?? (log ? scale.tickFormat(n, '~g') : scale.tickFormat(n));
  if (spec.integer && !spec.tickValues && !log) {
    values = values.filter((v) => Number.isInteger(v));
    if (values.length < 2) {
      // A very short axis (e.g. [0, 1.5]): every whole number inside it.
      const [a, b] = scale.domain();
      values = [];
      for (let v = Math.ceil(Math.min(a, b)); v <= Math.floor(Math.max(a, b)) && values.length < 50; v++) values.push(v);
    }
    if (!spec.tickFormat) f = format(',d');
  }
  let labels = values.map((v) => f(v));
  if (log && !spec.tickValues && !spec.tickFormat) {
    if (labels.filter((l) => l !== '').length >= 2) {
      values = values.filter((_, i) => labels[i] !== '');
      labels = labels.filter((l) => l !== '');
    } else {
      // A log axis over a narrow range (a loss that stays near 0.69) gets at most one labelled power-of-ten tick
      // from d3: use evenly spaced round values inside the domain instead, each labelled, so the axis reads.
      const [a, b] = scale.domain();
      values = ticks(Math.min(a, b), Math.max(a, b), Math.max(2, Math.min(n, 4)));
      labels = values.map((v) => format('~g')(+v.toPrecision(3)));
    }
  }
  return { values, labels };
}
