import type { ColumnKind, DataColumn } from '../../data/table';
import { parseNumber } from './detect';

/**
 * The kind of a column read from text, and its values of that kind. Missing cells (empty, `NA`, `null`, `?`…)
 * are missing in every kind: NaN in a number or date column, null in the others.
 */

const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '.', '-', '--']);
export const isMissing = (cell: string): boolean => cell.length < 5 && MISSING.has(cell.trim().toLowerCase());

const TRUE = new Set(['true', 'yes', 't', 'y']);
const FALSE = new Set(['false', 'no', 'f', 'n']);
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since 1970 (UTC unless the cell gives an offset) of `2024-03-01`, `2024/3/1`, `2024-03-01 12:30`…; NaN otherwise. */
export function parseDate(cell: string): number {
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

/** Infers a column's kind from its cells (see the rules above). */
export function inferKind(cells: readonly string[], decimalComma = false): Inference {
  let present = 0;
  let numbers = 0;
  let dates = 0;
  let bools = 0;
  const levels = new Set<string>();
  for (const cell of cells) {
    if (isMissing(cell)) continue;
    present++;
    if (Number.isFinite(parseNumber(cell, decimalComma))) numbers++;
    else {
      const low = cell.trim().toLowerCase();
      if (TRUE.has(low) || FALSE.has(low)) bools++;
      else if (Number.isFinite(parseDate(cell))) dates++;
    }
    if (levels.size <= MAX_LEVELS) levels.add(cell.trim());
  }
  const none: Inference = { kind: 'text', oddRows: [], oddWords: [] };
  if (present === 0) return none;
  if (numbers === present) return { ...none, kind: 'number' };
  if (numbers >= MOSTLY * present) {
    const oddRows: number[] = [];
    const words = new Set<string>();
    cells.forEach((cell, i) => {
      if (!isMissing(cell) && !Number.isFinite(parseNumber(cell, decimalComma))) {
        oddRows.push(i);
        if (words.size < 5) words.add(cell.trim());
      }
    });
    return { kind: 'number', oddRows, oddWords: [...words] };
  }
  if (bools === present && levels.size <= 4) return { ...none, kind: 'boolean' };
  if (dates === present) return { ...none, kind: 'date' };
  const repeats = levels.size <= MAX_LEVELS && levels.size <= Math.max(2, present / 2);
  return { ...none, kind: repeats ? 'category' : 'text' };
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
    const cell = cells[i];
    if (isMissing(cell)) values[i] = null;
    else if (kind === 'boolean') {
      const low = cell.trim().toLowerCase();
      values[i] = TRUE.has(low) ? 'true' : FALSE.has(low) ? 'false' : null;
      if (values[i] === null) lost++;
    } else values[i] = kind === 'text' ? cell : cell.trim();
  }
  return { column: { name, kind, values, raw }, lost };
}
