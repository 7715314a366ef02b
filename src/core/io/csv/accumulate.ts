import type { ColumnKind, DataColumn } from '../../data/table';
import { parseNumber, plainNumber } from './detect';
import { buildColumn, decideKind, isBoolean, isMissing, labelValue, MAX_LEVELS, parseDate, plainDate, type Inference } from './infer';

/**
 * One column of a table as it is read, cell by cell, with each cell looked at once: its number (always kept, a
 * Float64Array), its date (kept while every present cell is a date), and a dictionary of its distinct cells
 * (a code per row) while there are few of them and the column is not settled as numbers or dates. The cells
 * themselves are kept as strings only when asked (a small table keeps them as `raw`).
 *
 * This is what makes a million-row file affordable: the reader used to keep six arrays of a million strings,
 * then test every cell twice (kind inference, then the column build). The kind comes out exactly as
 * inferKind's (decideKind on the same counts; a property test reads random tables both ways). When the
 * chosen kind needs cells that were not kept (a text column of many distinct words, or a kind set by hand
 * that the dictionary no longer covers), `column` returns null and the reader reads those columns again.
 */

/** Distinct cells a column keeps in its dictionary; more, and it is free text or numbers. */
const MAX_CODES = 4096;
/** Present cells, all numbers or all dates, after which a column drops its dictionary (unless a label kind was asked for). */
const SETTLED = 1000;

export class ColumnAccumulator {
  n = 0;
  private present = 0;
  private numbers = 0;
  private bools = 0;
  private dates = 0;
  /** Present cells that are not numbers at all (NaN; `1e999` is Infinity, a number that is not finite). */
  private numNaN = 0;
  private nums = new Float64Array(1024);
  private dateVals: Float64Array | null = new Float64Array(1024);
  /** Rows (indices) of present cells that are not finite numbers, and the first five distinct of them. */
  private odd: number[] = [];
  private oddWords = new Set<string>();
  private dict: Map<string, number> | null = new Map();
  private keys: string[] = [];
  private codes: Int32Array | null = new Int32Array(1024);
  /** Distinct trimmed present cells (up to MAX_LEVELS + 1), counted cell by cell once the dictionary is gone. */
  private levels: Set<string> | null = null;
  cells: string[] | null;

  constructor(
    private readonly decimalComma: boolean,
    keepCells: boolean,
    /** A label kind (category, boolean, text) was set by hand: keep the dictionary while it is small. */
    private readonly wantsLabels = false,
  ) {
    this.cells = keepCells ? [] : null;
  }

  push(cell: string): void {
    const i = this.n++;
    if (i === this.nums.length) this.grow();
    this.cells?.push(cell);
    if (this.dict) this.code(cell, i);
    if (isMissing(cell)) {
      this.nums[i] = NaN;
      if (this.dateVals) this.dateVals[i] = NaN;
      return;
    }
    this.present++;
    if (this.levels && this.levels.size <= MAX_LEVELS) this.levels.add(cell.trim());
    const v = parseNumber(cell, this.decimalComma);
    this.nums[i] = v;
    if (Number.isFinite(v)) {
      this.numbers++;
      this.dateVals = null; // a number is never a date, so the column is not all dates
    } else {
      if (Number.isNaN(v)) this.numNaN++;
      this.odd.push(i);
      if (this.oddWords.size < 5) this.oddWords.add(cell.trim());
      // Counted as inferKind counts: a boolean only if not a number, a date only if neither.
      if (this.bools === this.present - 1 && isBoolean(cell)) {
        this.bools++;
        this.dateVals = null;
      } else if (this.dateVals) {
        const d = parseDate(cell);
        if (Number.isFinite(d)) {
          this.dates++;
          this.dateVals[i] = d;
        } else this.dateVals = null;
      }
    }
    if (this.dict && !this.wantsLabels && this.present >= SETTLED && (this.numbers === this.present || this.dates === this.present)) this.dropDict();
  }

  /**
   * The cell `text[from, to)`, a field of a record not yet made a string of its own: what push does with it.
   * Once the column keeps no cells, no dictionary and no count of levels (a large number or date column, past
   * its first rows), a plain number, or a YYYY-MM-DD date while the column is all dates, is read from the text
   * directly (push would find it is not missing, not a boolean, and would read the same value). Everything else
   * goes through push. On the 50 MB bench file this spares five million of its six million cell strings.
   */
  pushRange(text: string, from: number, to: number): void {
    if (this.cells || this.dict || (this.levels && this.levels.size <= MAX_LEVELS)) return this.push(text.slice(from, to));
    const v = plainNumber(text, from, to);
    if (v !== undefined) {
      const i = this.n++;
      if (i === this.nums.length) this.grow();
      this.present++;
      this.numbers++;
      this.nums[i] = v;
      this.dateVals = null;
      return;
    }
    // A date is not a number (odd, NaN) and, ten characters long, never a boolean; its word is noted only while
    // fewer than five are.
    const d = this.dateVals && this.oddWords.size >= 5 ? plainDate(text, from, to) : NaN;
    if (d !== d) return this.push(text.slice(from, to));
    const i = this.n++;
    if (i === this.nums.length) this.grow();
    this.present++;
    this.nums[i] = NaN;
    this.numNaN++;
    this.odd.push(i);
    this.dates++;
    this.dateVals![i] = d;
  }

  private code(cell: string, i: number): void {
    let c = this.dict!.get(cell);
    if (c === undefined) {
      if (this.keys.length >= MAX_CODES) return this.dropDict();
      c = this.keys.length;
      this.dict!.set(cell, c);
      this.keys.push(cell);
    }
    this.codes![i] = c;
  }

  /** Stops coding cells; the distinct levels seen so far seed the cell-by-cell count. */
  private dropDict(): void {
    this.levels = this.trimmedLevels();
    this.dict = null;
    this.codes = null;
    this.keys = [];
  }

  private trimmedLevels(): Set<string> {
    const levels = new Set<string>();
    for (const k of this.keys) {
      if (levels.size > MAX_LEVELS) break;
      if (!isMissing(k)) levels.add(k.trim());
    }
    return levels;
  }

  private grow(): void {
    const size = this.nums.length * 2;
    const bigger = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.nums = bigger(this.nums, (k) => new Float64Array(k));
    if (this.dateVals) this.dateVals = bigger(this.dateVals, (k) => new Float64Array(k));
    if (this.codes) this.codes = bigger(this.codes, (k) => new Int32Array(k));
  }

  /** Stops keeping the cells as strings (the table is too large for `raw`). */
  dropCells(): void {
    this.cells = null;
  }

  /** The inferred kind, with inferKind's note material: for a number column holding words, their rows and the words. */
  infer(): Inference {
    const levels = (this.levels ?? this.trimmedLevels()).size;
    const kind = decideKind({ present: this.present, numbers: this.numbers, bools: this.bools, dates: this.dates, levels });
    const mixed = kind === 'number' && this.numbers < this.present;
    return { kind, oddRows: mixed ? this.odd : [], oddWords: mixed ? [...this.oddWords] : [] };
  }

  /** The column as `kind` (what buildColumn would give from the cells), or null when the cells it needs were not kept. */
  column(name: string, kind: ColumnKind, keepRaw: boolean): { column: DataColumn; lost: number } | null {
    const raw = keepRaw && this.cells ? this.cells : undefined;
    const n = this.n;
    if (kind === 'number') return { column: { name, kind, values: this.nums.slice(0, n), raw }, lost: this.numNaN };
    if (kind === 'date' && this.dateVals) return { column: { name, kind, values: this.dateVals.slice(0, n), raw }, lost: 0 };
    if (!this.dict) return this.cells ? buildColumn(name, kind, this.cells, this.decimalComma, keepRaw) : null;
    // From the dictionary: each distinct cell is read once, then every row takes its cell's value.
    const codes = this.codes!;
    let lost = 0;
    if (kind === 'date') {
      const byCode = this.keys.map((k) => (isMissing(k) ? NaN : parseDate(k)));
      const bad = this.keys.map((k, c) => Number.isNaN(byCode[c]) && !isMissing(k));
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        values[i] = byCode[codes[i]];
        if (bad[codes[i]]) lost++;
      }
      return { column: { name, kind, values, raw }, lost };
    }
    const byCode = this.keys.map((k) => labelValue(kind, k));
    const bad = this.keys.map((k, c) => byCode[c] === null && !isMissing(k));
    const values: (string | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      values[i] = byCode[codes[i]];
      if (bad[codes[i]]) lost++;
    }
    return { column: { name, kind, values, raw }, lost };
  }
}
