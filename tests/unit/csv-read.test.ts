import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNumericColumn, type DataColumn } from '../../src/core/data/table';
import { detectDelimiter, inferKind, isMissing, looksLikeHeader, parseDate, readBytes, readTable, splitRecords, stripBom, TableReader } from '../../src/core/io/csv';

// Hand-made inputs with answers worked out by hand.
const col = (c: DataColumn) => (isNumericColumn(c) ? Array.from(c.values) : [...c.values]);
const ok = (text: string, o = {}) => {
  const r = readTable(text, { name: 't', ...o });
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('delimiter and header detection', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    // Commas inside quotes do not count: two fields per row, separated by semicolons.
    expect(detectDelimiter('"x, y";z\n"1,2";3\n')).toBe(';');
  });
  it('takes a first row with a number in it as data', () => {
    expect(looksLikeHeader(['name', 'age'])).toBe(true);
    expect(looksLikeHeader(['Ada', '36'])).toBe(false);
    const r = ok('5.1,3.5\n4.9,3.0\n');
    expect(r.report.header).toBe(false);
    expect(r.table.columns.map((c) => c.name)).toEqual(['column 1', 'column 2']);
    expect(r.table.nRows).toBe(2);
    expect(r.report.notes[0]).toMatch(/^No header row/);
  });
  it('names empty and repeated header cells', () => {
    const r = ok('a,,a\n1,2,3\n');
    expect(r.table.columns.map((c) => c.name)).toEqual(['a', 'column 2', 'a (2)']);
  });
});

describe('text details', () => {
  it('strips a byte-order mark from text and from bytes', async () => {
    expect(stripBom('\ufeffa,b')).toBe('a,b');
    expect(ok('\ufeffname,x\nA,1\n').table.columns[0].name).toBe('name');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name,x\nA,1\n')]);
    const r = await readBytes(bytes, { name: 'b' });
    expect(r.ok && r.table.columns[0].name).toBe('name');
  });
  it('keeps quoted delimiters, quotes and line breaks inside one field, and CRLF line ends', () => {
    const r = ok('id,note\r\n1,"a, b"\r\n2,"say ""hi""\r\nnext line"\r\n');
    expect(r.table.nRows).toBe(2);
    expect(col(r.table.columns[1])).toEqual(['a, b', 'say "hi"\r\nnext line']);
  });
  it('splits pieces only outside quotes (a quoted line break across a piece boundary)', () => {
    const text = 'k,v\n' + Array.from({ length: 3000 }, (_, i) => `${i},"line\n${i}"`).join('\n') + '\n';
    const reader = new TableReader({ name: 'p' });
    for (let at = 0; at < text.length; at += 4099) reader.push(text.slice(at, at + 4099));
    const r = reader.finish();
    expect(r.ok && r.table.nRows).toBe(3000);
    expect(r.ok && col(r.table.columns[1])[2999]).toBe('line\n2999');
    expect(splitRecords('a,b\n1,2').rows).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('kinds', () => {
  it('infers number, category, boolean, text and date', () => {
    expect(inferKind(['1', '2.5', '-3e2', '', 'NA']).kind).toBe('number');
    // a marker padded with spaces is missing however long the padding (pandas reads the snippet's file so too);
    // words that start like a marker are not
    for (const cell of ['  NA  ', ' null ', 'None   ', '\tn/a', '   ?', ' -- ']) expect(isMissing(cell), JSON.stringify(cell)).toBe(true);
    for (const cell of ['Nancy', 'nonea', 'n/a/b', 'NA NA', '-1.5e3']) expect(isMissing(cell), cell).toBe(false);
    expect(inferKind(['1', '  NA  ', '2', ' null ']).kind).toBe('number');
    expect(inferKind(['red', 'blue', 'red', 'red']).kind).toBe('category');
    expect(inferKind(['yes', 'no', 'No', '']).kind).toBe('boolean');
    expect(inferKind(['2024-01-31', '2024/2/1', '']).kind).toBe('date');
    expect(inferKind(['alpha', 'beta', 'gamma', 'delta']).kind).toBe('text');
  });
  it('reads dates as UTC milliseconds and refuses days that do not exist', () => {
    expect(parseDate('1970-01-02')).toBe(86_400_000);
    expect(parseDate('1970-01-01 01:00')).toBe(3_600_000);
    expect(parseDate('1970-01-01T01:00+01:00')).toBe(0);
    expect(parseDate('2023-02-30')).toBeNaN();
  });
  it('names the rows of words in a mostly-number column, and reads them as missing', () => {
    const text = 'x\n' + ['1', '2', 'n/a', '4', 'five', '6', '7', '8', '9', '10'].join('\n') + '\n';
    const r = ok(text);
    expect(r.table.columns[0].kind).toBe('number');
    expect(col(r.table.columns[0])[4]).toBeNaN();
    // "five" is the 5th data row: row 6 of the file, the header being row 1 ("n/a" is a missing-value token).
    expect(r.report.notes).toContain('Column “x” is mostly numbers, but row 6 holds words (“five”): read as missing values. Set its kind to category or text to keep them.');
  });
  it('keeps a kind set by hand and counts what it cannot read', () => {
    const r = ok('a,b\nx,1\ny,2\n', { kinds: { 0: 'number', 1: 'category' } });
    expect(r.table.columns.map((c) => c.kind)).toEqual(['number', 'category']);
    expect(col(r.table.columns[1])).toEqual(['1', '2']);
    expect(r.report.notes).toContain('Column “a” as number: 2 cells are not numbers and read as missing.');
    expect(r.report.inferred).toEqual(['category', 'number']); // two distinct values repeat enough (≤ half the rows, or ≤ 2)
  });
});

describe('messages', () => {
  const ragged = 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n';
  it('reports rows with a wrong field count and keeps them with missing values', () => {
    const r = ok(ragged);
    expect(r.report.ragged.count).toBe(2);
    expect(r.report.ragged.examples).toEqual([{ row: 3, fields: 2 }, { row: 4, fields: 4 }]);
    expect(r.table.nRows).toBe(4);
    expect(col(r.table.columns[2])).toEqual([3, NaN, 8, 12]);
  });
  it('skips them when asked', () => {
    const r = ok(ragged, { ragged: 'skip' });
    expect(r.table.nRows).toBe(2);
    expect(col(r.table.columns[0])).toEqual([1, 10]);
    expect(r.report.ragged.skipped).toBe(true);
  });
  it('refuses an empty file, a header without rows, a file over the limit and binary bytes', async () => {
    expect(readTable('', { name: 'e' })).toEqual({ ok: false, error: 'The file is empty: there are no rows to read.' });
    expect(readTable('\n\n', { name: 'e' }).ok).toBe(false);
    expect(readTable('a,b\n', { name: 'h' })).toEqual({ ok: false, error: 'The file has a header row (a, b) but no data rows.' });
    const big = await readBytes(new Uint8Array(11), { name: 'big', maxBytes: 10 });
    expect(big).toEqual({ ok: false, error: 'The file is 11 bytes; the limit is 10 bytes. Load a smaller file (a sample of its rows).' });
    const bin = await readBytes(new Uint8Array([80, 75, 3, 4, 0, 0, 1]), { name: 'zip' });
    expect(!bin.ok && bin.error).toMatch(/NUL bytes/);
  });
  it('reads the shipped penguins: 344 rows, 19 missing cells, the categories', () => {
    const r = ok(readFileSync('datasets/penguins.csv', 'utf8'));
    expect(r.table.nRows).toBe(344);
    expect(r.table.columns.map((c) => c.kind)).toEqual(['category', 'category', 'number', 'number', 'number', 'number', 'category']);
    const missing = r.table.columns.reduce((s, c) => s + col(c).filter((v) => v === null || Number.isNaN(v)).length, 0);
    expect(missing).toBe(19);
  });
});
