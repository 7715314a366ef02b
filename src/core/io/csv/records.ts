import { dsvFormat } from 'd3';
import { detectDelimiter, stripBom, type Delimiter } from './detect';

/**
 * Splits delimited text that arrives in pieces (slices of a large file) into records with d3-dsv's
 * `parseRows`, so that progress can be reported as the file is read. A piece is parsed up to its last line
 * break outside double quotes (a quoted field may hold line breaks); the rest waits for the next piece.
 * The first piece decides the delimiter (unless one is given) and loses a byte-order mark.
 *
 * With `onFields`, a piece without a double quote (most large files quote nothing) is split here instead, by
 * the same rules as d3-dsv's parseRows (records end at \n, \r\n or \r; one final line end is dropped): each
 * record is handed on as its fields' bounds in the piece's text, so the reader makes no string of a cell it can
 * read in place (see ColumnAccumulator.pushRange). A piece with a quote still goes through d3-dsv.
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

  constructor(
    delimiter: Delimiter | null = null,
    private readonly onRow: (row: string[]) => void,
    /** A record as `count` fields, field f being `text[bounds[2f], bounds[2f + 1])`; the bounds are reused. */
    private readonly onFields?: (text: string, bounds: Int32Array, count: number) => void,
  ) {
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
    if (this.onFields && text.indexOf('"') < 0) splitPlain(text, this.delimiter!.charCodeAt(0), this.onFields);
    else this.parseRows(text);
  }
}

let bounds = new Int32Array(64);

/** d3-dsv's parseRows on text without quotes, giving each record as field bounds (see RecordSplitter). */
export function splitPlain(text: string, delimiter: number, onFields: (text: string, bounds: Int32Array, count: number) => void): void {
  if (text.length === 0) return; // as d3-dsv: only an empty text has no records ("\n" is one empty record)
  let n = text.length;
  if (text.charCodeAt(n - 1) === 10) n--;
  if (n > 0 && text.charCodeAt(n - 1) === 13) n--;
  let at = 0;
  for (;;) {
    let count = 0;
    let end = false;
    for (;;) {
      let p = at;
      let c = 0;
      while (p < n) {
        c = text.charCodeAt(p);
        if (c === delimiter || c === 10 || c === 13) break;
        p++;
      }
      if (2 * count + 2 > bounds.length) {
        const bigger = new Int32Array(bounds.length * 2);
        bigger.set(bounds);
        bounds = bigger;
      }
      bounds[2 * count] = at;
      bounds[2 * count + 1] = p;
      count++;
      if (p >= n) {
        end = true;
        break;
      }
      at = p + 1;
      if (c === delimiter) continue;
      if (c === 13 && text.charCodeAt(at) === 10) at++;
      break;
    }
    onFields(text, bounds, count);
    if (end) return;
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
