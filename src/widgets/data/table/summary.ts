/** Per-column summaries for the table view: a histogram of numbers and dates, counts of categories. No DOM. */
import { isNumericColumn, type DataColumn } from '../../../core/data/table';

export interface ColumnSummary {
  missing: number;
  /** Distinct present values (categories, booleans, text; at most 10,000 counted). */
  distinct: number;
  counts: number[];
  labels: string[];
  /** One sentence: what the bars show. */
  description: string;
}

const dateLabel = (t: number) => new Date(t).toISOString().slice(0, 10);

export function summarise(column: DataColumn, maxBars = 12): ColumnSummary {
  if (isNumericColumn(column)) {
    const present: number[] = [];
    for (const v of column.values) if (!Number.isNaN(v)) present.push(v);
    const missing = column.values.length - present.length;
    const label = column.kind === 'date' ? dateLabel : (v: number) => String(Number(v.toPrecision(3)));
    if (present.length === 0) return { missing, distinct: 0, counts: [], labels: [], description: `${column.name}: no values` };
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of present) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    // Equal-width bins over [lo, hi] (the last one closed), at most 20.
    const n = lo === hi ? 1 : Math.min(20, Math.ceil(Math.sqrt(present.length)));
    const width = (hi - lo) / n || 1;
    const counts = new Array<number>(n).fill(0);
    for (const v of present) counts[Math.min(n - 1, Math.floor((v - lo) / width))]++;
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
