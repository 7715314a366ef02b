/**
 * A daily series for next-day forecasting: parse `date,value` lines, find the gaps (missing days or
 * values), cut training windows only inside unbroken stretches, and the naive "tomorrow = today" baseline.
 */
import type { Rng } from '../../random';
import { checkConsistentLength } from '../../validation';
import type { SeqBatch } from './batch';

export interface DailySeries {
  /** ISO dates, one per day from the first to the last (missing days included, with NaN values). */
  dates: string[];
  values: Float64Array;
}

const DAY = 86_400_000;

/** `date,value` CSV (a header line is skipped) → one entry per calendar day, NaN where a day or value is missing. */
export function parseDailySeries(csv: string): DailySeries {
  const rows: [number, number][] = [];
  for (const line of csv.split(/\r?\n/)) {
    const [d, v] = line.split(',');
    const t = Date.parse(`${d?.trim()}T00:00:00Z`);
    if (!Number.isFinite(t)) continue; // the header, blank lines
    const x = v === undefined || v.trim() === '' ? NaN : Number(v);
    rows.push([t, Number.isFinite(x) ? x : NaN]);
  }
  if (rows.length === 0) throw new Error('the series has no dated rows');
  rows.sort((a, b) => a[0] - b[0]);
  const first = rows[0][0], n = Math.round((rows[rows.length - 1][0] - first) / DAY) + 1;
  const values = new Float64Array(n).fill(NaN);
  for (const [t, x] of rows) values[Math.round((t - first) / DAY)] = x;
  const dates = Array.from({ length: n }, (_, i) => new Date(first + i * DAY).toISOString().slice(0, 10));
  return { dates, values };
}

/** Unbroken stretches [start, end) of finite values. */
export function runs(values: ArrayLike<number>): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= values.length; i++) {
    const ok = i < values.length && Number.isFinite(values[i]);
    if (ok && start < 0) start = i;
    if (!ok && start >= 0) { out.push([start, i]); start = -1; }
  }
  return out;
}

/** Mean absolute error of "tomorrow = today" over days i in [from, to) whose day before is known too. */
export function naiveMae(values: ArrayLike<number>, from: number, to: number): number {
  let s = 0, n = 0;
  for (let i = Math.max(1, from); i < to; i++) {
    if (Number.isFinite(values[i]) && Number.isFinite(values[i - 1])) { s += Math.abs(values[i] - values[i - 1]); n++; }
  }
  return n ? s / n : NaN;
}

/** Mean absolute error of predictions of day i+1 made on day i (pred[i] forecasts values[i + 1]), over known pairs; NaN when there are none. */
export function forecastMae(values: ArrayLike<number>, pred: ArrayLike<number>, from: number, to: number): number {
  checkConsistentLength(values, pred, ['values', 'pred']);
  let s = 0, n = 0;
  for (let i = from; i + 1 < to; i++) {
    if (Number.isFinite(values[i + 1]) && Number.isFinite(pred[i])) { s += Math.abs(values[i + 1] - pred[i]); n++; }
  }
  return n ? s / n : NaN;
}

export interface Standardiser { mean: number; std: number }

export function standardiser(values: ArrayLike<number>, from: number, to: number): Standardiser {
  let s = 0, s2 = 0, n = 0;
  for (let i = from; i < to; i++) if (Number.isFinite(values[i])) { s += values[i]; s2 += values[i] * values[i]; n++; }
  if (n === 0) throw new Error('no known values to scale by');
  const mean = s / n;
  return { mean, std: Math.sqrt(Math.max(s2 / n - mean * mean, 0)) || 1 };
}

/**
 * Windows of `steps` days (input day t → target day t + 1) starting anywhere inside the unbroken stretches of
 * [from, to), scaled. Throws a clear message when no stretch is long enough.
 */
export class SeriesWindows {
  private readonly starts: number[] = [];

  constructor(private readonly values: ArrayLike<number>, private readonly scale: Standardiser, readonly steps: number, from: number, to: number) {
    for (const [a, b] of runs(Array.from({ length: to - from }, (_, i) => values[from + i]))) {
      for (let s = from + a; s + steps + 1 <= from + b; s++) this.starts.push(s);
    }
    if (this.starts.length === 0) throw new Error(`the training part of the series has no ${steps + 1} consecutive days without a gap: lower the sequence length`);
  }

  get count(): number {
    return this.starts.length;
  }

  batch(batch: number, rng: Rng): SeqBatch {
    const T = this.steps, { mean, std } = this.scale;
    const values = new Float32Array(batch * T), targets = new Float32Array(batch * T), mask = new Float32Array(batch * T).fill(1);
    for (let b = 0; b < batch; b++) {
      const s = this.starts[rng.int(this.starts.length)];
      for (let t = 0; t < T; t++) {
        values[b * T + t] = (this.values[s + t] - mean) / std;
        targets[b * T + t] = (this.values[s + t + 1] - mean) / std;
      }
    }
    return { batch, steps: T, ids: null, values, targets, mask };
  }
}
