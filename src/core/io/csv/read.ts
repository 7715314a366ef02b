import type { ColumnKind, DataColumn, DataTable } from '../../data/table';
import { columnNames, DELIMITER_NAMES, looksLikeHeader, type Delimiter } from './detect';
import { ColumnAccumulator } from './accumulate';
import { buildColumn } from './infer';
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

/** Feeds the whole source to a reader again, piece by piece, for a second pass over a few columns. */
export type Replay = (push: (text: string) => void) => void;

export class TableReader {
  private readonly splitter: RecordSplitter;
  private first: string[] | null = null;
  private columns: ColumnAccumulator[] = [];
  private width = 0;
  private records = 0;
  private rowNumbers: number[] = [];
  private blank = 0;
  private ragged: { row: number; fields: number }[] = [];
  private raggedCount = 0;
  private tooWide = false;

  /**
   * With `replay`, the cells are kept as strings only while the table is small enough for `raw`; a column
   * whose kind needs them after that is read again (see ColumnAccumulator). Without it, every cell is kept.
   * `only` is the second pass itself: just the cells of those columns.
   */
  constructor(
    private readonly options: ReadOptions,
    private readonly replay?: Replay,
    private readonly only?: ReadonlyMap<number, string[]>,
  ) {
    this.splitter = new RecordSplitter(options.delimiter ?? null, (row) => this.take(row), (text, bounds, count) => this.takeFields(text, bounds, count));
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

  private take(row: string[]): void {
    this.records++;
    if (row.length === 1 && row[0].trim() === '') {
      this.blank++;
      return;
    }
    if (!this.first) {
      this.first = row;
      this.width = row.length;
      if (this.width > MAX_COLUMNS) this.tooWide = true;
      const decimalComma = this.splitter.delimiter === ';';
      const kinds = this.options.kinds ?? {};
      const labels = (j: number) => kinds[j] === 'category' || kinds[j] === 'boolean' || kinds[j] === 'text';
      this.columns = Array.from({ length: Math.min(this.width, MAX_COLUMNS) }, (_, j) => new ColumnAccumulator(decimalComma, true, labels(j)));
      if (!this.headerRow()) this.add(row, this.records);
      return;
    }
    if (row.length !== this.width) {
      this.raggedCount++;
      if (this.ragged.length < 200) this.ragged.push({ row: this.records, fields: row.length });
      if (this.options.ragged === 'skip') return;
    }
    this.add(row, this.records);
  }

  /**
   * A record as its fields' bounds in the text (see RecordSplitter): a data row of the header's width goes
   * to the columns cell by cell without a string each; anything else (the first row, a blank or ragged one, a
   * second pass) as the strings take() expects.
   */
  private takeFields(text: string, bounds: Int32Array, count: number): void {
    if (!this.first || this.only || count !== this.width || count === 1) {
      const row = new Array<string>(count);
      for (let f = 0; f < count; f++) row[f] = text.slice(bounds[2 * f], bounds[2 * f + 1]);
      return this.take(row);
    }
    this.records++;
    this.rowNumbers.push(this.records);
    const cols = this.columns;
    for (let j = 0; j < cols.length; j++) cols[j].pushRange(text, bounds[2 * j], bounds[2 * j + 1]);
    this.dropCellsWhenLarge();
  }

  private headerRow(): boolean {
    const h = this.options.header ?? 'auto';
    return h === 'yes' || (h === 'auto' && looksLikeHeader(this.first!, this.splitter.delimiter === ';'));
  }

  private add(row: string[], record: number): void {
    this.rowNumbers.push(record);
    if (this.only) {
      for (const [j, cells] of this.only) cells.push(row[j] ?? '');
      return;
    }
    const cols = this.columns;
    for (let j = 0; j < cols.length; j++) cols[j].push(row[j] ?? '');
    this.dropCellsWhenLarge();
  }

  private dropCellsWhenLarge(): void {
    if (this.replay && this.columns[0]?.cells && this.rowNumbers.length * this.width > this.rawCells()) {
      for (const c of this.columns) c.dropCells();
    }
  }

  private rawCells(): number {
    return this.options.rawCells ?? 200_000;
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

  /** The cells of some columns, read again from the source (the second pass). */
  private reread(columns: readonly number[]): ReadonlyMap<number, string[]> {
    const only = new Map(columns.map((j) => [j, [] as string[]]));
    const again = new TableReader({ ...this.options, delimiter: this.splitter.delimiter }, undefined, only);
    this.replay!((text) => again.push(text));
    again.splitter.finish();
    if (again.rowNumbers.length !== this.rowNumbers.length) throw new Error('the second reading found other rows');
    return only;
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
    const keepRaw = nRows * this.width <= this.rawCells();
    const overrides = this.options.kinds ?? {};
    const guesses = this.columns.map((c) => c.infer());
    const inferred = guesses.map((g) => g.kind);
    const kinds = guesses.map((g, j) => overrides[j] ?? g.kind);
    const built = this.columns.map((c, j) => c.column(names[j], kinds[j], keepRaw));
    const missing = built.flatMap((b, j) => (b ? [] : [j]));
    const again = missing.length ? this.reread(missing) : null;
    const columns: DataColumn[] = [];
    guesses.forEach((guess, j) => {
      const kind = kinds[j];
      const { column, lost } = built[j] ?? buildColumn(names[j], kind, again!.get(j)!, decimalComma, false);
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
    const table: DataTable = { name: this.options.name, nRows, columns, format: { delimiter, header, renamed: renamed.length > 0, names } };
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
  const reader = new TableReader(options, (push) => push(text));
  reader.push(text);
  return reader.finish();
}
