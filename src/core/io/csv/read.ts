import type { ColumnKind, DataColumn, DataTable } from '../../data/table';
import { columnNames, DELIMITER_NAMES, looksLikeHeader, type Delimiter } from './detect';
import { buildColumn, inferKind } from './infer';
import { RecordSplitter } from './records';
import { countMessage, listRows, type ReadReport, type ReadResult } from './report';

/**
 * Reads a delimited text table (given whole or in pieces) into a DataTable, with every problem reported:
 * rows with too few or too many fields, a missing header, words in a number column. Never throws on any
 * input; refusals (an empty file, no data rows, too many columns) come back as `{ ok: false, error }`.
 */

export interface ReadOptions {
  name: string;
  /** 'auto' decides from the first row (see looksLikeHeader). */
  header?: 'auto' | 'yes' | 'no';
  /** Rows whose field count differs from the header's: kept (missing cells filled, extra cells dropped) or skipped. */
  ragged?: 'keep' | 'skip';
  /** Kinds chosen by the learner, by column index, in place of the inferred ones. */
  kinds?: Readonly<Record<number, ColumnKind>>;
  delimiter?: Delimiter | null;
  /** Keep each column's cells as read (`raw`) when the table has at most this many cells. */
  rawCells?: number;
}

export const MAX_COLUMNS = 1000;

export class TableReader {
  private readonly splitter: RecordSplitter;
  private first: string[] | null = null;
  private cells: string[][] = [];
  private width = 0;
  private records = 0;
  private rowNumbers: number[] = [];
  private blank = 0;
  private ragged: { row: number; fields: number }[] = [];
  private raggedCount = 0;
  private tooWide = false;

  constructor(private readonly options: ReadOptions) {
    this.splitter = new RecordSplitter(options.delimiter ?? null, (rows) => this.take(rows));
  }

  private failure: string | null = null;

  push(text: string): void {
    if (this.tooWide || this.failure) return;
    try {
      this.splitter.push(text);
    } catch (err) {
      this.failure = err instanceof Error ? err.message : String(err);
    }
  }

  private take(rows: string[][]): void {
    for (const row of rows) {
      this.records++;
      if (row.length === 1 && row[0].trim() === '') {
        this.blank++;
        continue;
      }
      if (!this.first) {
        this.first = row;
        this.width = row.length;
        if (this.width > MAX_COLUMNS) this.tooWide = true;
        this.cells = Array.from({ length: Math.min(this.width, MAX_COLUMNS) }, () => []);
        if (!this.headerRow()) this.add(row, this.records);
        continue;
      }
      if (row.length !== this.width) {
        this.raggedCount++;
        if (this.ragged.length < 200) this.ragged.push({ row: this.records, fields: row.length });
        if (this.options.ragged === 'skip') continue;
      }
      this.add(row, this.records);
    }
  }

  private headerRow(): boolean {
    const h = this.options.header ?? 'auto';
    return h === 'yes' || (h === 'auto' && looksLikeHeader(this.first!, this.splitter.delimiter === ';'));
  }

  private add(row: string[], record: number): void {
    const cols = this.cells;
    for (let j = 0; j < cols.length; j++) cols[j].push(row[j] ?? '');
    this.rowNumbers.push(record);
  }

  finish(): ReadResult {
    try {
      if (this.failure) throw new Error(this.failure);
      this.splitter.finish();
      return this.build();
    } catch (err) {
      // Nothing above should throw; if it does, the learner still gets words, never a broken page.
      return { ok: false, error: `The file could not be read: ${err instanceof Error ? err.message : String(err)}.` };
    }
  }

  private build(): ReadResult {
    if (this.tooWide) return { ok: false, error: `The first row has ${this.width.toLocaleString('en')} fields; the limit is ${MAX_COLUMNS.toLocaleString('en')} columns.` };
    if (!this.first) return { ok: false, error: 'The file is empty: there are no rows to read.' };
    const delimiter = this.splitter.delimiter ?? ',';
    const decimalComma = delimiter === ';';
    const header = this.headerRow();
    const nRows = this.rowNumbers.length;
    if (nRows === 0) return { ok: false, error: `The file has a header row (${this.first.slice(0, 6).join(', ')}${this.width > 6 ? ', …' : ''}) but no data rows.` };
    const { names, renamed } = columnNames(header ? this.first : null, this.width);
    const notes: string[] = [];
    if (!header) {
      notes.push(
        this.options.header === 'no'
          ? `The first row is read as data; the columns are named column 1 … column ${this.width}.`
          : `No header row: the first row holds numbers, so it is read as data and the columns are named column 1 … column ${this.width}. If it is a header, choose “First row: header”.`,
      );
    }
    if (renamed.length) notes.push(`Header: ${renamed.join('; ')}.`);
    if (this.blank) notes.push(`${countMessage(this.blank, 'blank line')} skipped.`);
    const keepRaw = nRows * this.width <= (this.options.rawCells ?? 200_000);
    const columns: DataColumn[] = [];
    const overrides = this.options.kinds ?? {};
    const inferred: ColumnKind[] = [];
    this.cells.forEach((cells, j) => {
      const guess = inferKind(cells, decimalComma);
      inferred.push(guess.kind);
      const kind = overrides[j] ?? guess.kind;
      const { column, lost } = buildColumn(names[j], kind, cells, decimalComma, keepRaw);
      columns.push(column);
      if (overrides[j] === undefined && guess.oddRows.length) {
        const rows = guess.oddRows.map((i) => this.rowNumbers[i]);
        notes.push(
          `Column “${names[j]}” is mostly numbers, but ${listRows(rows)} ${rows.length === 1 ? 'holds' : 'hold'} words (${guess.oddWords.map((w) => `“${w}”`).join(', ')}): read as missing values. Set its kind to category or text to keep them.`,
        );
      } else if (lost) {
        notes.push(`Column “${names[j]}” as ${kind}: ${countMessage(lost, 'cell')} ${lost === 1 ? 'is' : 'are'} not ${kind === 'boolean' ? 'true/false' : kind === 'date' ? 'dates' : 'numbers'} and read as missing.`);
      }
    });
    const table: DataTable = { name: this.options.name, nRows, columns };
    const report: ReadReport = {
      delimiter,
      delimiterName: DELIMITER_NAMES[delimiter],
      header,
      width: this.width,
      records: this.records,
      inferred,
      ragged: { count: this.raggedCount, examples: this.ragged, skipped: this.options.ragged === 'skip' },
      notes,
    };
    return { ok: true, table, report };
  }
}

/** Reads a whole text at once. */
export function readTable(text: string, options: ReadOptions): ReadResult {
  const reader = new TableReader(options);
  reader.push(text);
  return reader.finish();
}
