import type { ColumnKind, DataTable } from '../../data/table';
import type { Delimiter } from './detect';

/** What reading a table found, for the learner: plain sentences plus the numbers behind them. */
export interface ReadReport {
  delimiter: Delimiter;
  delimiterName: string;
  /** Whether the first row was read as the header. */
  header: boolean;
  /** Fields in the first row (the header's, or the first data row's). */
  width: number;
  /** Records in the file, header and blank lines included. */
  records: number;
  /** The kind inferred for each column (before the learner's overrides). */
  inferred: ColumnKind[];
  /** Rows whose field count is not the header's: how many, the first 200 (row = record number, header = row 1). */
  ragged: { count: number; examples: { row: number; fields: number }[]; skipped: boolean };
  /** Other things the learner should know (no header, words in a number column, renamed columns…). */
  notes: string[];
}

export type ReadResult = { ok: true; table: DataTable; report: ReadReport } | { ok: false; error: string };

const fmtInt = (n: number) => n.toLocaleString('en');

/** "1 row", "2,000 rows". */
export function countMessage(n: number, noun: string): string {
  return `${fmtInt(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** "row 4", "rows 4 and 9", "rows 4, 9, 12 and 3 more". */
export function listRows(rows: readonly number[], max = 5): string {
  if (rows.length === 1) return `row ${fmtInt(rows[0])}`;
  const shown = rows.slice(0, max).map(fmtInt);
  const more = rows.length - shown.length;
  if (more > 0) return `rows ${shown.join(', ')} and ${fmtInt(more)} more`;
  return `rows ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "row 17 has 5 fields, the header has 6" (or "the first row has 6" without a header). */
export function raggedMessage(example: { row: number; fields: number }, width: number, header: boolean): string {
  return `row ${fmtInt(example.row)} has ${countMessage(example.fields, 'field')}, the ${header ? 'header' : 'first row'} has ${fmtInt(width)}`;
}

/** The summary sentence of the ragged rows and what was done with them. */
export function raggedSummary(report: ReadReport): string {
  const { count, skipped } = report.ragged;
  if (count === 0) return '';
  const what = skipped
    ? `${count === 1 ? 'it is' : 'they are'} skipped (not in the table)`
    : `${count === 1 ? 'it is' : 'they are'} kept: missing fields are empty (missing values), extra fields are dropped`;
  return `${countMessage(count, 'row')} ${count === 1 ? 'does' : 'do'} not have ${fmtInt(report.width)} fields; ${what}.`;
}

/** Bytes in words: "50 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} kB`;
  return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
