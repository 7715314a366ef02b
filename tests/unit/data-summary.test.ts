import { describe, expect, it } from 'vitest';
import { missingCount, remember, summarise } from '../../src/core/data/summary';
import type { DataColumn } from '../../src/core/data/table';
import { tableFromWire, toWire, type CsvEvent } from '../../src/workers/csv-protocol';

describe('column summaries', () => {
  it('counts missing cells and bins the present numbers', () => {
    const c: DataColumn = { name: 'x', kind: 'number', values: Float64Array.from([1, NaN, 2, 3, NaN, 4]) };
    const s = summarise(c);
    expect(s.missing).toBe(2);
    expect(s.counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(s.description).toBe('Histogram of x, from 1 to 4');
    expect(missingCount({ name: 'y', kind: 'category', values: ['a', null, 'b'] })).toBe(1);
  });
  it('counts categories, most common first', () => {
    const s = summarise({ name: 'c', kind: 'category', values: ['b', 'a', 'b', null] });
    expect(s.labels).toEqual(['b', 'a']);
    expect(s.counts).toEqual([2, 1]);
    expect(s.missing).toBe(1);
  });
  it('uses the summary the worker sent instead of walking the cells again', () => {
    // The worker's summary of a column the page receives: kept, and what missingCount answers.
    const values = Float64Array.from([1, 2, NaN]);
    const sent = summarise({ name: 'x', kind: 'number', values });
    const transfer: ArrayBuffer[] = [];
    const columns = [toWire({ name: 'x', kind: 'number', values: values.slice() }, transfer), toWire({ name: 'c', kind: 'category', values: ['u', null, 'u'] }, transfer)];
    const summaries = [sent, { ...summarise({ name: 'c', kind: 'category', values: ['u', null, 'u'] }), description: 'from the worker' }];
    const e: Extract<CsvEvent, { ok: true }> = { type: 'done', id: 1, hash: 'h', bytes: 3, ok: true, name: 't', nRows: 3, columns, summaries, report: {} as never,
      format: { delimiter: ';', header: false, renamed: false, names: ['x', 'c'] } };
    const table = tableFromWire(e);
    // how the file was read crosses too: the Python snippet gives it to pandas (it was once dropped here)
    expect(table.format).toEqual({ delimiter: ';', header: false, renamed: false, names: ['x', 'c'] });
    expect(table.columns[1].values).toEqual(['u', null, 'u']);
    expect(summarise(table.columns[1]).description).toBe('from the worker');
    expect(summarise(table.columns[0])).toBe(sent);
    remember(table.columns[0], { ...sent, missing: 7 });
    expect(missingCount(table.columns[0])).toBe(7);
  });
});
