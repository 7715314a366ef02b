// Pure helpers of LineChart: the SVG path of one series (gaps at invalid values, decimation of long
// series) and the data extents. No DOM, unit-tested.
import type { Domain, LineSeries, Scale } from './types';
import { finiteExtent } from './scales';

/** A point can be drawn: finite x and y, and y > 0 on a log axis. */
export function drawable(x: number, y: number, log: boolean): boolean {
  return Number.isFinite(x) && Number.isFinite(y) && (!log || y > 0);
}

export function xAt(s: LineSeries, i: number): number {
  return s.x ? s.x[i] : i;
}

/**
 * SVG path "M…L…" of a series. Undrawable values (non-finite, or ≤ 0 on log) break the line.
 * When there are more than `4 × pixels` points, each run of `stride` points is reduced to its min and
 * max (in order), which keeps the envelope of noisy curves while bounding the path length.
 */
export function linePath(s: LineSeries, xScale: Scale, yScale: Scale, log: boolean, pixels = 1000): string {
  const n = Math.min(s.y.length, s.x ? s.x.length : Infinity);
  const stride = n > 4 * pixels ? Math.ceil(n / (2 * pixels)) : 1;
  let d = '';
  let pen = false;
  const put = (i: number) => {
    const px = xScale(xAt(s, i));
    const py = yScale(s.y[i]);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${Math.round(px * 10) / 10},${Math.round(py * 10) / 10}`;
    pen = true;
  };
  if (stride === 1) {
    for (let i = 0; i < n; i++) {
      if (drawable(xAt(s, i), s.y[i], log)) put(i);
      else pen = false;
    }
    return d;
  }
  for (let start = 0; start < n; start += stride) {
    let lo = -1;
    let hi = -1;
    const end = Math.min(n, start + stride);
    for (let i = start; i < end; i++) {
      if (!drawable(xAt(s, i), s.y[i], log)) {
        pen = false; // a gap inside the run: keep it visible
        continue;
      }
      if (lo < 0 || s.y[i] < s.y[lo]) lo = i;
      if (hi < 0 || s.y[i] > s.y[hi]) hi = i;
    }
    if (lo < 0) continue;
    if (lo === hi) put(lo);
    else if (lo < hi) { put(lo); put(hi); }
    else { put(hi); put(lo); }
  }
  return d;
}

/** x extent over all series (only where y is drawable), or null. */
export function seriesXExtent(series: LineSeries[], log: boolean): Domain | null {
  const xs: number[] = [];
  for (const s of series) {
    const n = Math.min(s.y.length, s.x ? s.x.length : Infinity);
    for (let i = 0; i < n; i++) if (drawable(xAt(s, i), s.y[i], log)) xs.push(xAt(s, i));
  }
  return finiteExtent(xs);
}

/** y extent over all series (positive values only on log), or null. */
export function seriesYExtent(series: LineSeries[], log: boolean): Domain | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const n = Math.min(s.y.length, s.x ? s.x.length : Infinity);
    for (let i = 0; i < n; i++) {
      const v = s.y[i];
      if (!drawable(xAt(s, i), v, log)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Index of the drawable point of s whose x is nearest to x, or -1. */
export function nearestIndex(s: LineSeries, x: number, log: boolean): number {
  const n = Math.min(s.y.length, s.x ? s.x.length : Infinity);
  let best = -1;
  let bd = Infinity;
  for (let i = 0; i < n; i++) {
    if (!drawable(xAt(s, i), s.y[i], log)) continue;
    const dist = Math.abs(xAt(s, i) - x);
    if (dist < bd) { bd = dist; best = i; }
  }
  return best;
}

/** Index of the last drawable point of s, or -1. */
export function lastIndex(s: LineSeries, log: boolean): number {
  const n = Math.min(s.y.length, s.x ? s.x.length : Infinity);
  for (let i = n - 1; i >= 0; i--) if (drawable(xAt(s, i), s.y[i], log)) return i;
  return -1;
}
