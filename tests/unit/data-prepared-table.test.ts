import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../src/core/data/table';
import { preparedTable } from '../../src/widgets/data/prepare/preparation';

// A table small enough to prepare by hand: x has a hole (median of 1, 3, 5, 7 = 4), colour is a label column,
// note is free text (left out), y is the target.
const table: DataTable = {
  name: 'tiny.csv',
  nRows: 5,
  columns: [
    { name: 'x', kind: 'number', values: Float64Array.from([1, 3, NaN, 5, 7]) },
    { name: 'colour', kind: 'category', values: ['red', 'blue', 'red', 'green', 'blue'] },
    { name: 'note', kind: 'text', values: ['a', 'b', 'c', 'd', 'e'] },
    { name: 'y', kind: 'category', values: ['no', 'yes', 'no', 'yes', 'no'] },
  ],
};

describe("the data lab's prepared table (Output)", () => {
  it('imputes the median, standardises, one-hot encodes in sorted order, and keeps the target last', () => {
    const out = preparedTable(table, 'y');
    expect(out.name).toBe('tiny-prepared');
    expect(out.nRows).toBe(5);
    expect(out.columns.map((c) => c.name)).toEqual(['num__x', 'cat__colour_blue', 'cat__colour_green', 'cat__colour_red', 'y']);
    // x after imputation: 1, 3, 4, 5, 7 → mean 4, population sd √(26/5)
    const sd = Math.sqrt((9 + 1 + 0 + 1 + 9) / 5);
    const x = Array.from(out.columns[0].values as Float64Array);
    [1, 3, 4, 5, 7].forEach((v, i) => expect(x[i]).toBeCloseTo((v - 4) / sd, 12));
    expect(Array.from(out.columns[1].values as Float64Array)).toEqual([0, 1, 0, 0, 1]);
    expect(Array.from(out.columns[2].values as Float64Array)).toEqual([0, 0, 0, 1, 0]);
    expect(Array.from(out.columns[3].values as Float64Array)).toEqual([1, 0, 1, 0, 0]);
    expect(out.columns[4].values).toEqual(['no', 'yes', 'no', 'yes', 'no']);
  });

  it('leaves the source table untouched', () => {
    preparedTable(table, 'y');
    expect(Number.isNaN((table.columns[0].values as Float64Array)[2])).toBe(true);
  });

  it('without a target, every number and label column becomes features', () => {
    expect(preparedTable(table, null).columns.map((c) => c.name)).toEqual(['num__x', 'cat__colour_blue', 'cat__colour_green', 'cat__colour_red', 'cat__y_no', 'cat__y_yes']);
  });

  it('says so when only text is left to prepare', () => {
    const textOnly: DataTable = { name: 't', nRows: 2, columns: [table.columns[2], { name: 'y', kind: 'category', values: ['a', 'b'] }] };
    expect(() => preparedTable(textOnly, 'y')).toThrow(/no number or category column/);
  });
});
