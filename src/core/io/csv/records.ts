import { dsvFormat } from 'd3';
import { detectDelimiter, stripBom, type Delimiter } from './detect';

/**
 * Splits delimited text that arrives in pieces (slices of a large file) into records with d3-dsv's
 * `parseRows`, so that progress can be reported as the file is read. A piece is parsed up to its last line
 * break outside double quotes (a quoted field may hold line breaks); the rest waits for the next piece.
 * The first piece decides the delimiter (unless one is given) and loses a byte-order mark.
 */
export class RecordSplitter {
  delimiter: Delimiter | null;
  private parseRows: ((text: string) => void) | null = null;
  private pending = '';
  private started = false;
  /** Whether the text scanned so far ends inside a quoted field (what is pending starts outside quotes). */
  private quoted = false;
  /** How far into `pending` the scan for a record boundary has gone, and the last boundary found. */
  private scanned = 0;
  private boundary = -1;

  constructor(delimiter: Delimiter | null = null, private readonly onRow: (row: string[]) => void) {
    this.delimiter = delimiter;
  }

  /** Adds a piece of text; parses and hands on, one by one, the complete records it closes. */
  push(text: string): void {
    if (!this.started) {
      if (text === '') return;
      text = stripBom(text);
      this.started = true;
    }
    this.pending += text;
    // Wait for a reasonable sample before choosing the delimiter (a first piece could be tiny).
    if (!this.delimiter && this.pending.length < 65536) return;
    this.scan();
    if (this.boundary < 0) return;
    const done = this.pending.slice(0, this.boundary + 1);
    this.pending = this.pending.slice(this.boundary + 1);
    this.scanned -= this.boundary + 1;
    this.boundary = -1;
    this.emit(done, false);
  }

  /** Parses whatever is left (an unterminated quote runs to the end of the text, as in d3-dsv). */
  finish(): void {
    if (this.pending !== '') this.emit(this.pending, true);
    this.pending = '';
  }

  private scan(): void {
    const s = this.pending;
    // Most files quote nothing: then the quote state cannot change and the last line break is the boundary,
    // found by the engine's own search instead of a loop over every character.
    if (s.indexOf('"', this.scanned) < 0) {
      const last = this.quoted ? -1 : s.lastIndexOf('\n');
      if (last >= this.scanned) this.boundary = last;
      this.scanned = s.length;
      return;
    }
    let quoted = this.quoted;
    for (let i = this.scanned; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10 && !quoted) this.boundary = i;
    }
    this.scanned = s.length;
    this.quoted = quoted;
  }

  private emit(text: string, complete: boolean): void {
    if (!this.parseRows) {
      this.delimiter ??= detectDelimiter(text.slice(0, 65536), complete && text.length <= 65536);
      const format = dsvFormat(this.delimiter);
      // Each record goes on as it is parsed; returning null keeps d3-dsv from collecting them into an array.
      const onRow = this.onRow;
      this.parseRows = (t) => void format.parseRows(t, (row) => (onRow(row), null));
    }
    this.parseRows(text);
  }
}

/** All records of a whole text at once (the same rules as piece by piece). */
export function splitRecords(text: string, delimiter: Delimiter | null = null): { rows: string[][]; delimiter: Delimiter } {
  const rows: string[][] = [];
  const splitter = new RecordSplitter(delimiter, (row) => rows.push(row));
  splitter.push(text);
  splitter.finish();
  return { rows, delimiter: splitter.delimiter ?? ',' };
}
