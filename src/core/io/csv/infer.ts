import type { ColumnKind, DataColumn } from '../../data/table';
import { parseNumber } from './detect';

/**
 * The kind of a column read from text, and its values of that kind. Missing cells (empty, `NA`, `null`, `?`…)
 * are missing in every kind: NaN in a number or date column, null in the others.
 */

/** The cells read as missing, in lower case (any letter case is missing; see isMissing). The Python snippet names them to pandas. */
export const MISSING_MARKERS: readonly string[] = ['', 'na', 'n/a', 'nan', 'null', 'none', '?', '.', '-', '--'];
const MISSING = new Set(MISSING_MARKERS);
export function isMissing(cell: string): boolean {
  if (cell.length === 0) return true;
  // the longest marker has 4 characters: a longer cell is missing only when spaces pad one ("  NA  "), as pandas'
  // reading of the Python snippet (python-snippet.ts) has it
  if (cell.length >= 5 && cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32) return false;
  // Every token starts with n, N, ?, . or - (or a space before it): other cells need no lower-casing.
  const c = cell.charCodeAt(0);
  if (c > 32 && c < 128 && c !== 110 && c !== 78 && c !== 63 && c !== 46 && c !== 45) return false;
  return MISSING.has(cell.trim().toLowerCase());
}

/** The words of a boolean column, in lower case (any letter case reads so); the Python snippet maps them alike. */
export const TRUE_WORDS: readonly string[] = ['true', 'yes', 't', 'y'];
export const FALSE_WORDS: readonly string[] = ['false', 'no', 'f', 'n'];
const TRUE = new Set(TRUE_WORDS);
const FALSE = new Set(FALSE_WORDS);
/** Whether a cell reads as a boolean (`yes`, `F`…); a word of more than 5 letters never does. */
export const isBoolean = (cell: string): boolean => {
  const t = cell.trim();
  if (t.length > 5) return false;
  const low = t.toLowerCase();
  return TRUE.has(low) || FALSE.has(low);
};
/** A boolean cell's value ('true' / 'false'), or null when it is not one. */
export function booleanValue(cell: string): 'true' | 'false' | null {
  const low = cell.trim().toLowerCase();
  return TRUE.has(low) ? 'true' : FALSE.has(low) ? 'false' : null;
}

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * `YYYY-MM-DD` (or with slashes) read digit by digit: a million date cells are one column of the 50 MB bench
 * file, and the regular expression with its capture groups cost a tenth of the whole read there. NaN when the
 * cell is not exactly that form (the caller then tries the full pattern) or names a day that does not exist.
 * `from`/`to`: the cell as a range of a longer text (see plainNumber).
 */
export function plainDate(s: string, from = 0, to = s.length): number {
  if (to - from !== 10) return NaN;
  const sep = s.charCodeAt(from + 4);
  if ((sep !== 45 && sep !== 47) || s.charCodeAt(from + 7) !== sep) return NaN;
  for (let i = from; i < to; i++) if (i !== from + 4 && i !== from + 7 && !(digit(s, i) >= 0 && digit(s, i) <= 9)) return NaN;
  const y = digit(s, from) * 1000 + digit(s, from + 1) * 100 + digit(s, from + 2) * 10 + digit(s, from + 3);
  const mo = digit(s, from + 5) * 10 + digit(s, from + 6);
  const d = digit(s, from + 8) * 10 + digit(s, from + 9);
  // Date.UTC reads years 0–99 as 1900–1999: those go the long way, as before.
  if (y < 100) return NaN;
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap(y) ? 29 : MONTH_DAYS[mo - 1])) return NaN;
  return Date.UTC(y, mo - 1, d);
}

/** Milliseconds since 1970 (UTC unless the cell gives an offset) of `2024-03-01`, `2024/3/1`, `2024-03-01 12:30`…; NaN otherwise. */
export function parseDate(cell: string): number {
  const plain = plainDate(cell);
  if (!Number.isNaN(plain)) return plain;
  const m = DATE.exec(cell.trim());
  if (!m) return NaN;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((k) => Number(m[k] ?? 0));
  const ms = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  // Refuse dates that do not exist (2023-02-30) rather than rolling them over.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return NaN;
  const zone = m[8];
  if (!zone || zone === 'Z') return t;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return t - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
}

/** A share of number cells at or above which a column is read as numbers (the other cells named in a note). */
export const MOSTLY = 0.8;
/** Most distinct values a category column has (more, and the column is free text). */
export const MAX_LEVELS = 50;

export interface Inference {
  kind: ColumnKind;
  /** For a column read as numbers although some cells are words: those rows (indices into the cells) and words. */
  oddRows: number[];
  oddWords: string[];
}

/** What the kind of a column is decided from: counts of its present cells by what they read as. */
export interface KindCounts {
  present: number;
  numbers: number;
  bools: number;
  dates: number;
  /** Distinct trimmed present cells, counted up to MAX_LEVELS + 1. */
  levels: number;
}

/** The kind from the counts: all numbers (or at least MOSTLY), all booleans, all dates, few levels, or text. */
export function decideKind(c: KindCounts): ColumnKind {
  if (c.present === 0) return 'text';
  if (c.numbers >= MOSTLY * c.present) return 'number';
  if (c.bools === c.present && c.levels <= 4) return 'boolean';
  if (c.dates === c.present) return 'date';
  const repeats = c.levels <= MAX_LEVELS && c.levels <= Math.max(2, c.present / 2);
  return repeats ? 'category' : 'text';
}

/** Infers a column's kind from its cells (see decideKind; a date is counted only when it is neither a number nor a boolean). */
export function inferKind(cells: readonly string[], decimalComma = false): Inference {
  const c: KindCounts = { present: 0, numbers: 0, bools: 0, dates: 0, levels: 0 };
  const levels = new Set<string>();
  for (const cell of cells) {
    if (isMissing(cell)) continue;
    c.present++;
    if (Number.isFinite(parseNumber(cell, decimalComma))) c.numbers++;
    else if (isBoolean(cell)) c.bools++;
    else if (Number.isFinite(parseDate(cell))) c.dates++;
    if (levels.size <= MAX_LEVELS) levels.add(cell.trim());
  }
  c.levels = levels.size;
  const kind = decideKind(c);
  const oddRows: number[] = [];
  const words = new Set<string>();
  if (kind === 'number' && c.numbers < c.present) {
    cells.forEach((cell, i) => {
      if (!isMissing(cell) && !Number.isFinite(parseNumber(cell, decimalComma))) {
        oddRows.push(i);
        if (words.size < 5) words.add(cell.trim());
      }
    });
  }
  return { kind, oddRows, oddWords: [...words] };
}

/** A label column's value of a cell: null when missing; booleans as 'true'/'false'; categories trimmed; text as is. */
export function labelValue(kind: 'category' | 'boolean' | 'text', cell: string): string | null {
  if (isMissing(cell)) return null;
  if (kind === 'boolean') return booleanValue(cell);
  return kind === 'text' ? cell : cell.trim();
}

/** A column of `kind` from its cells; `lost` counts present cells that are not of that kind (read as missing). */
export function buildColumn(
  name: string,
  kind: ColumnKind,
  cells: readonly string[],
  decimalComma = false,
  keepRaw = true,
): { column: DataColumn; lost: number } {
  const raw = keepRaw ? cells : undefined;
  let lost = 0;
  if (kind === 'number' || kind === 'date') {
    const values = new Float64Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (isMissing(cell)) values[i] = NaN;
      else {
        const v = kind === 'number' ? parseNumber(cell, decimalComma) : parseDate(cell);
        if (Number.isNaN(v)) lost++;
        values[i] = v;
      }
    }
    return { column: { name, kind, values, raw }, lost };
  }
  const values: (string | null)[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = labelValue(kind, cells[i]);
    if (v === null && kind === 'boolean' && !isMissing(cells[i])) lost++;
    values[i] = v;
  }
  return { column: { name, kind, values, raw }, lost };
}
