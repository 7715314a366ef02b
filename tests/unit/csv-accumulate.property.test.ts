import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnKind } from '../../src/core/data/table';
import { ColumnAccumulator } from '../../src/core/io/csv/accumulate';
import { parseNumber, plainNumber } from '../../src/core/io/csv/detect';
import { buildColumn, inferKind, parseDate } from '../../src/core/io/csv/infer';
import { readTable, TableReader } from '../../src/core/io/csv';
import { splitPlain } from '../../src/core/io/csv/records';
import { dsvFormat } from 'd3';

// The one-pass column reader (ColumnAccumulator) against the reference it replaced: inferKind + buildColumn on
// the cells as strings. Same kind, same notes material, same values, same count of unreadable cells.
const KINDS: ColumnKind[] = ['number', 'category', 'boolean', 'text', 'date'];
const cell = fc.oneof(
  fc.constantFrom('12', '-3.5', '1e3', ' 4 ', '0x10', '1e999', 'Infinity', '.5', '5.', '3,5', '007'),
  fc.constantFrom('', 'NA', ' na', '?', 'null', '-', 'N/A'),
  fc.constantFrom('yes', 'No', 't', 'FALSE', 'y '),
  fc.constantFrom('2024-01-31', '2023-02-29', '2024/2/1', '2024-03-01 12:30', '0099-01-01', '2024-1-5'),
  fc.constantFrom('red', 'blue', ' red', 'say "hi"'),
  fc.string({ maxLength: 4 }),
);
// A run of distinct numbers or dates first (past the point where the dictionary is dropped), then anything.
const column = fc.record({
  lead: fc.constantFrom('none', 'numbers', 'dates'),
  n: fc.integer({ min: 0, max: 1200 }),
  tail: fc.array(cell, { maxLength: 40 }),
});
const cellsOf = ({ lead, n, tail }: { lead: string; n: number; tail: string[] }) => [
  ...Array.from({ length: lead === 'none' ? 0 : n }, (_, i) => (lead === 'numbers' ? String(i * 0.25) : new Date(Date.UTC(2000, 0, 1) + i * 864e5).toISOString().slice(0, 10))),
  ...tail,
];
// toEqual takes NaN as equal to NaN, and tells 0 from -0.
const same = (a: ArrayLike<unknown>, b: ArrayLike<unknown>) => expect(Array.from(a)).toEqual(Array.from(b));

describe('reading a column in one pass', () => {
  it('infers the kind and builds every kind as the string-based reference does', () => {
    fc.assert(
      fc.property(column, fc.boolean(), (spec, decimalComma) => {
        const cells = cellsOf(spec);
        const acc = new ColumnAccumulator(decimalComma, false);
        for (const c of cells) acc.push(c);
        const want = inferKind(cells, decimalComma);
        expect(acc.infer()).toEqual(want);
        for (const kind of KINDS) {
          const got = acc.column('c', kind, false);
          const ref = buildColumn('c', kind, cells, decimalComma, false);
          if (!got) continue; // cells not kept: the reader reads this column again (tested below)
          expect(got.lost).toBe(ref.lost);
          same(got.column.values, ref.column.values);
        }
        // Numbers always come out of the one pass, and so does the inferred kind unless it is free text.
        expect(acc.column('c', 'number', false)).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
  it('reads a cell in place (pushRange) exactly as push reads its string', () => {
    fc.assert(
      fc.property(column, fc.boolean(), fc.string({ maxLength: 3 }), (spec, decimalComma, pad) => {
        const cells = cellsOf(spec);
        const a = new ColumnAccumulator(decimalComma, false);
        const b = new ColumnAccumulator(decimalComma, false);
        for (const c of cells) {
          a.push(c);
          b.pushRange(pad + c + pad, pad.length, pad.length + c.length);
        }
        expect(b.infer()).toEqual(a.infer());
        for (const kind of KINDS) {
          const got = b.column('c', kind, false), want = a.column('c', kind, false);
          expect(got === null).toBe(want === null);
          if (!got || !want) continue;
          expect(got.lost).toBe(want.lost);
          same(got.column.values, want.column.values);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('splits text without quotes into the records d3-dsv parseRows gives', () => {
    const piece = fc.array(fc.constantFrom('a', '1', ' ', ',', ';', '\t', '\n', '\r', '\r\n', '2.5', ''), { maxLength: 40 });
    fc.assert(
      fc.property(piece, fc.constantFrom(',', ';', '\t'), (parts, d) => {
        const text = parts.join('');
        const rows: string[][] = [];
        splitPlain(text, d.charCodeAt(0), (t, bounds, count) => rows.push(Array.from({ length: count }, (_, f) => t.slice(bounds[2 * f], bounds[2 * f + 1]))));
        expect(rows).toEqual(dsvFormat(d).parseRows(text));
      }),
      { numRuns: 1000 },
    );
  });
  it('reads a large unquoted file in place as d3-dsv reads it with a quote in it', () => {
    // One quoted cell sends the whole text through d3-dsv's parseRows; without it, the fields are read in place.
    fc.assert(
      fc.property(column, column, fc.constantFrom('\n', '\r\n'), fc.integer({ min: 0, max: 200_000 }), (a, b, eol, rawCells) => {
        const xs = cellsOf(a).filter((c) => !/[",\n\r]/.test(c)), ys = cellsOf(b).filter((c) => !/[",\n\r]/.test(c));
        const n = Math.max(xs.length, ys.length);
        const lines = Array.from({ length: n }, (_, i) => `${xs[i] ?? ''},${ys[i] ?? ''},${i}`);
        const plain = readTable(['x,y,z', ...lines, 'w,w,0'].join(eol), { name: 'p', rawCells });
        const quoted = readTable(['x,y,z', ...lines, '"w",w,0'].join(eol), { name: 'p', rawCells });
        expect(plain.ok).toBe(quoted.ok);
        if (!plain.ok || !quoted.ok) return;
        expect(plain.report).toEqual(quoted.report);
        plain.table.columns.forEach((c, j) => {
          expect(c.kind).toBe(quoted.table.columns[j].kind);
          same(c.values, quoted.table.columns[j].values);
        });
      }),
      { numRuns: 60 },
    );
  });
  it('reads columns again when their kind needs cells it did not keep', () => {
    // 1,500 numbers, then 3,000 distinct words: text (under 80 % numbers), after the dictionary was dropped.
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const text = 'a,b\n' + [...Array.from({ length: 1500 }, (_, i) => String(i)), ...words].map((v, i) => `${v},${i}`).join('\n');
    const r = readTable(text, { name: 't', rawCells: 0 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.table.columns[0].kind).toBe('text');
    expect(r.table.columns[0].values[1499]).toBe('1499');
    expect(r.table.columns[0].values[4499]).toBe('w2999');
    // A kind set by hand that the one pass did not keep cells for: category asked of a number column.
    const d = readTable(text, { name: 't', rawCells: 0, kinds: { 1: 'category' } });
    expect(d.ok && d.table.columns[1].values[4499]).toBe('4499');
  });
  it('gives the same table with and without the cells kept, piece by piece or whole', () => {
    const row = fc.array(cell.filter((c) => !/[",\n\r]/.test(c)), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (rows, piece) => {
        const text = 'x,y,z\n' + rows.map((r) => r.join(',')).join('\n');
        const whole = readTable(text, { name: 'w' });
        const lean = readTable(text, { name: 'w', rawCells: 0 });
        const reader = new TableReader({ name: 'w' });
        for (let at = 0; at < text.length; at += piece) reader.push(text.slice(at, at + piece));
        const pieces = reader.finish();
        for (const other of [lean, pieces]) {
          expect(other.ok).toBe(whole.ok);
          if (!whole.ok || !other.ok) continue;
          expect(other.report).toEqual(whole.report);
          whole.table.columns.forEach((c, j) => {
            expect(other.table.columns[j].kind).toBe(c.kind);
            same(other.table.columns[j].values, c.values);
          });
        }
        if (lean.ok) expect(lean.table.columns.every((c) => c.raw === undefined)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('numbers and dates read digit by digit', () => {
  it('plainNumber is Number() wherever it answers, and answers for plain decimals', () => {
    const decimal = fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{0,9}$/), fc.constantFrom('', '.'), fc.stringMatching(/^\d{0,9}$/), fc.constantFrom('', 'e', 'E-', 'e+'), fc.stringMatching(/^\d{0,3}$/));
    fc.assert(
      fc.property(fc.oneof(decimal.map((p) => p.join('')), fc.double().map(String), fc.string({ maxLength: 8 })), (s) => {
        const quick = plainNumber(s);
        if (quick !== undefined) expect(Object.is(quick, Number(s))).toBe(true);
        const full = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim()) ? Number(s.trim()) : NaN;
        expect(Object.is(parseNumber(s), full)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(plainNumber('-0')).toBe(-0);
    expect(plainNumber('123.456')).toBe(123.456);
    expect(plainNumber('0x10')).toBeUndefined();
  });
  it('a YYYY-MM-DD date gives what the full pattern gives', () => {
    const two = (k: number) => String(k).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('-', '/'), (y, m, d, sep) => {
        const s = `${String(y).padStart(4, '0')}${sep}${two(m)}${sep}${two(d)}`;
        // A leading space takes the cell past the digit-by-digit path, through the regular expression.
        expect(Object.is(parseDate(s), parseDate(` ${s}`))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(parseDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseDate('2023-02-29')).toBeNaN();
  });
});
