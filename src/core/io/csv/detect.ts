/**
 * What a delimited text file looks like before it is read: its delimiter (comma, semicolon or tab), whether
 * its text starts with a byte-order mark, whether its first row is a header. Pure functions on strings.
 */

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
export const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** Removes a leading UTF-8 byte-order mark (U+FEFF), which a decoder or a paste may leave in the text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Field counts per record for one candidate delimiter over a sample, counting only delimiters outside
 * double quotes (a quoted field may hold delimiters and line breaks). The last record is left out when the
 * sample was cut mid-file (`complete` false).
 */
function fieldCounts(sample: string, delim: string, complete: boolean): number[] {
  const d = delim.charCodeAt(0);
  const counts: number[] = [];
  let fields = 1;
  let quoted = false;
  let blank = true;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === d) fields++;
    else if (c === 10 || c === 13) {
      if (!blank) counts.push(fields);
      if (c === 13 && sample.charCodeAt(i + 1) === 10) i++;
      fields = 1;
      blank = true;
      continue;
    }
    blank = false;
  }
  if (!blank && complete) counts.push(fields);
  return counts.slice(0, 200);
}

/**
 * Picks the delimiter whose field count is the most consistent across the sample's records and above one
 * (the most common count, weighted by how many records have it). A text with none of the three (one
 * column) reads as comma-separated.
 */
export function detectDelimiter(sample: string, complete = true): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delim of DELIMITERS) {
    const counts = fieldCounts(sample, delim, complete);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [n, k] of freq) if (k > modeCount || (k === modeCount && n > mode)) [mode, modeCount] = [n, k];
    if (mode < 2) continue;
    const score = (modeCount / counts.length) * Math.log2(mode);
    if (score > bestScore) [best, bestScore] = [delim, score];
  }
  return best;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The common case of parseNumber read digit by digit: a sign, up to 15 digits with one optional point, and an
 * optional exponent, all without spaces. Up to 15 digits are an exact integer and 10^k up to 10^22 is exact,
 * so one multiplication or division rounds once, to the same double as Number() (Clinger's fast path).
 * Undefined when the cell is anything else (the regular expression then decides). The bench file's five
 * number columns are five million cells: the regular expression, the trim and Number() were a third of the read.
 * `from`/`to`: the cell as a range of a longer text (a record's field), read without making its string.
 */
export function plainNumber(s: string, from = 0, to = s.length): number | undefined {
  const n = to;
  let i = from;
  let c = i < n ? s.charCodeAt(i) : NaN;
  const negative = c === 45;
  if (negative || c === 43) i++;
  let m = 0;
  let digits = 0;
  let fraction = 0;
  let point = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (point) fraction++;
    } else if (c === 46 && !point) point = true;
    else break;
  }
  if (digits === 0 || digits > 15) return undefined;
  let e = 0;
  if (i < n) {
    if (c !== 101 && c !== 69) return undefined;
    c = ++i < n ? s.charCodeAt(i) : NaN;
    const down = c === 45;
    if (down || c === 43) i++;
    const start = i;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 48 || c > 57 || i - start > 3) return undefined;
      e = e * 10 + (c - 48);
    }
    if (i === start) return undefined;
    if (down) e = -e;
  }
  const p = e - fraction;
  if (p < -22 || p > 22) return undefined;
  const v = p >= 0 ? m * POW10[p] : m / POW10[-p];
  return negative ? -v : v;
}

/** A plain decimal number (`12`, `-3.5`, `.5`, `1e-3`); with `decimalComma`, `3,5` too (semicolon files). */
export function parseNumber(cell: string, decimalComma = false): number {
  const quick = plainNumber(cell);
  if (quick !== undefined) return quick;
  const s = cell.trim();
  if (NUMBER.test(s)) return Number(s);
  if (decimalComma && DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
  return NaN;
}

/**
 * Whether the first row is a header: a header names the columns, so it holds no numbers. A first row with
 * a number in it (`5.1`, `0`) is data. A first row of words is taken as a header (a table of words only is
 * ambiguous; the learner can say otherwise).
 */
export function looksLikeHeader(firstRow: readonly string[], decimalComma = false): boolean {
  return !firstRow.some((cell) => cell.trim() !== '' && Number.isFinite(parseNumber(cell, decimalComma)));
}

/** Column names from a header row: empty ones become "column N", repeated ones get " (2)", " (3)"… */
export function columnNames(header: readonly string[] | null, count: number): { names: string[]; renamed: string[] } {
  const names: string[] = [];
  const renamed: string[] = [];
  const seen = new Map<string, number>();
  for (let j = 0; j < count; j++) {
    let name = header?.[j]?.trim() ?? '';
    if (name === '') {
      name = `column ${j + 1}`;
      if (header) renamed.push(`column ${j + 1} had no name`);
    }
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    if (k > 0) {
      renamed.push(`the second “${name}” is called “${name} (${k + 1})”`);
      name = `${name} (${k + 1})`;
    }
    names.push(name);
  }
  return { names, renamed };
}
