/**
 * Messages between the data lab (widgets/data) and its CSV-reading worker (csv.worker.ts). One request at a
 * time per worker: the page sends `read` (with the file, its bytes, or none to re-read the last bytes with new
 * options) and gets `progress` messages, then one `done`; then `keep` to store those bytes in IndexedDB,
 * answered by `kept`. A new `read` supersedes the running one (its id
 * is stale and its messages are dropped); the page terminates the worker to stop at once.
 *
 * Tables cross as wire columns: numbers as transferred Float64Arrays (no copy) and categories as a code per
 * row plus the levels, so a million rows arrive without a million strings to clone on the page's thread. Each
 * column's summary (missing count, histogram or counts) comes along, made in the worker.
 */
import { remember, type ColumnSummary } from '../core/data/summary';
import { isNumericColumn, type ColumnKind, type DataColumn, type DataTable } from '../core/data/table';
import type { ReadOptions, ReadReport } from '../core/io/csv';

export type CsvRequest =
  | { type: 'read'; id: number; bytes: ArrayBuffer | Blob | null; options: ReadOptions & { maxBytes?: number } }
  /** Keep the bytes of read `id` (if they are still the last ones) in this browser under `ref`. */
  | { type: 'keep'; id: number; ref: string; name: string; hash: string };

export type WireColumn =
  | { name: string; kind: 'number' | 'date'; values: Float64Array; raw?: readonly string[] }
  | { name: string; kind: Exclude<ColumnKind, 'number' | 'date'>; codes: Int32Array; levels: (string | null)[]; raw?: readonly string[] }
  | { name: string; kind: Exclude<ColumnKind, 'number' | 'date'>; values: readonly (string | null)[]; raw?: readonly string[] };

export type CsvEvent =
  | { type: 'progress'; id: number; done: number }
  | { type: 'done'; id: number; hash: string; bytes: number; ok: true; name: string; nRows: number; format: DataTable['format']; columns: WireColumn[]; summaries: ColumnSummary[]; report: ReadReport }
  | { type: 'done'; id: number; hash: string; bytes: number; ok: false; error: string }
  /** After `keep`: null when kept, else why not (the table stays until the page is left). */
  | { type: 'kept'; id: number; note: string | null };

/** Worker side: a column as it travels, and the buffers to transfer. */
export function toWire(column: DataColumn, transfer: ArrayBuffer[]): WireColumn {
  if (isNumericColumn(column)) {
    transfer.push(column.values.buffer as ArrayBuffer);
    return column;
  }
  const index = new Map<string | null, number>();
  const levels: (string | null)[] = [];
  const codes = new Int32Array(column.values.length);
  for (let i = 0; i < codes.length; i++) {
    const v = column.values[i];
    let code = index.get(v);
    if (code === undefined) {
      if (levels.length >= 4096) return column; // free text: the strings themselves
      code = levels.length;
      index.set(v, code);
      levels.push(v);
    }
    codes[i] = code;
  }
  transfer.push(codes.buffer);
  return { name: column.name, kind: column.kind, codes, levels, raw: column.raw };
}

/** Page side: the column back in the shared table type. */
export function fromWire(column: WireColumn): DataColumn {
  if (column.kind === 'number' || column.kind === 'date') return column;
  if ('values' in column) return column;
  const values: (string | null)[] = new Array(column.codes.length);
  for (let i = 0; i < values.length; i++) values[i] = column.levels[column.codes[i]];
  return { name: column.name, kind: column.kind, values, raw: column.raw };
}

/** The table, with the summaries the worker made kept for its columns (the page does not walk the cells again). */
export function tableFromWire(e: Extract<CsvEvent, { ok: true }>): DataTable {
  const columns = e.columns.map(fromWire);
  columns.forEach((c, j) => remember(c, e.summaries[j]));
  return { name: e.name, nRows: e.nRows, columns, hash: e.hash, format: e.format };
}
