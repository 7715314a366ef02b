/**
 * Per-column summaries for the data lab's table view: the missing count, a histogram of numbers and dates,
 * counts of categories. No DOM. The CSV worker computes them beside the columns it builds and the page keeps
 * them per column (`remember`), so a million-row table arrives without the page walking six million cells
 * in one frame; a column made on the page (none yet) is summarised on first use.
 */
import { isNumericColumn, type DataColumn } from './table';

export interface ColumnSummary {
  missing: number;
  /** Distinct present values (categories, booleans, text; at most 10,000 counted). */
  distinct: number;
  counts: number[];
  labels: string[];
  /** One sentence: what the bars show. */
  description: string;
}

const known = new WeakMap<DataColumn, ColumnSummary>();

/** Keeps a summary computed elsewhere (the worker) for this column object. */
export function remember(column: DataColumn, summary: ColumnSummary): void {
  known.set(column, summary);
}

const dateLabel = (t: number) => new Date(t).toISOString().slice(0, 10);

export function summarise(column: DataColumn): ColumnSummary {
  let s = known.get(column);
  if (!s) known.set(column, (s = compute(column)));
  return s;
}

/** Missing cells of a column (NaN or null). */
export function missingCount(column: DataColumn): number {
  const s = known.get(column);
  if (s) return s.missing;
  let n = 0;
  if (isNumericColumn(column)) {
    for (const v of column.values) if (Number.isNaN(v)) n++;
  } else for (const v of column.values) if (v === null) n++;
  return n;
}

function compute(column: DataColumn, maxBars = 12): ColumnSummary {
  if (isNumericColumn(column)) {
    const values = column.values;
    let lo = Infinity;
    let hi = -Infinity;
    let present = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== v) continue; // NaN: missing
      present++;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const missing = values.length - present;
    const label = column.kind === 'date' ? dateLabel : (v: number) => String(Number(v.toPrecision(3)));
    if (present === 0) return { missing, distinct: 0, counts: [], labels: [], description: `${column.name}: no values` };
    // Equal-width bins over [lo, hi] (the last one closed), at most 20.
    const n = lo === hi ? 1 : Math.min(20, Math.ceil(Math.sqrt(present)));
    const width = (hi - lo) / n || 1;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === v) counts[Math.min(n - 1, Math.floor((v - lo) / width))]++;
    }
    return {
      missing,
      distinct: 0,
      counts,
      labels: counts.map((_, k) => `${label(lo + k * width)} to ${label(k === n - 1 ? hi : lo + (k + 1) * width)}`),
      description: `Histogram of ${column.name}, from ${label(lo)} to ${label(hi)}`,
    };
  }
  const tally = new Map<string, number>();
  let missing = 0;
  for (const v of column.values) {
    if (v === null) missing++;
    else if (tally.size < 10000 || tally.has(v)) tally.set(v, (tally.get(v) ?? 0) + 1);
  }
  const top = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxBars);
  const rest = top.length < tally.size ? `, top ${top.length} of ${tally.size.toLocaleString('en')}` : '';
  return {
    missing,
    distinct: tally.size,
    counts: top.map(([, c]) => c),
    labels: top.map(([v]) => v),
    description: `Counts of ${column.name}'s values${rest}: ${top.slice(0, 5).map(([v, c]) => `${v} ${c}`).join(', ')}`,
  };
}
