import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBytes, readTable } from '../../src/core/io/csv';

// Whatever the input, reading gives a table or a clear message, never a throw (issue 16).
const isResult = (r: unknown) => {
  const x = r as { ok: boolean; error?: string; table?: { nRows: number; columns: { values: ArrayLike<unknown> }[] } };
  if (!x.ok) return typeof x.error === 'string' && x.error.length > 10;
  return x.table!.nRows > 0 && x.table!.columns.every((c) => c.values.length === x.table!.nRows);
};

describe('the CSV reader on random input', () => {
  it('random bytes: a table or a message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        expect(isResult(await readBytes(bytes, { name: 'r' }))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('random quoting, delimiters and line ends: a table or a message', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', '"a,b"', '"x\ny"', '1.5', 'NA', '', ' ', '\r'));
    const delim = fc.constantFrom(',', ';', '\t');
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }), delim, eol, fc.boolean(), (rows, d, e, bom) => {
        const text = (bom ? '\ufeff' : '') + rows.map((r) => r.join(d)).join(e);
        const r = readTable(text, { name: 'q' });
        expect(isResult(r)).toBe(true);
        // Nothing is silently lost: rows in the table + skipped/blank ones never exceed the records read.
        if (r.ok) expect(r.table.nRows).toBeLessThanOrEqual(r.report.records);
      }),
      { numRuns: 500 },
    );
  });
  it('well-formed tables come back cell for cell', () => {
    // Words that are not missing-value tokens ("na", "null"… read as missing by design).
    const word = fc.stringMatching(/^[a-z]{1,5}$/).filter((w) => !['na', 'nan', 'null', 'none'].includes(w));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(fc.oneof(word, fc.constantFrom('a,b', 'say "x"', 'two\nlines')), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (w, rows) => {
        const header = ['h1', 'h2', 'h3', 'h4'].slice(0, w);
        const body = rows.map((r) => r.slice(0, w));
        const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
        const text = [header, ...body].map((r) => r.map(q).join(',')).join('\n') + '\n';
        const r = readTable(text, { name: 'w', kinds: Object.fromEntries(header.map((_, j) => [j, 'text'])) });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.table.nRows).toBe(body.length);
        body.forEach((row, i) => row.forEach((v, j) => expect(r.table.columns[j].values[i]).toBe(v)));
      }),
      { numRuns: 200 },
    );
  });
});
