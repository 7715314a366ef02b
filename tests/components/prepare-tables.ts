// Hand-made DataTables for the preparation panels' component tests: two classes separated by x, a label column
// whose categories follow the class, a few holes, and column names that look like markup (user text).
import type { DataTable } from '../../src/core/data/table';

/** 40 rows: class "a" for rows 0–19 (x around 1), "b" for 20–39 (x around 5); w is noise; colour follows the class. */
export function twoClassTable(): DataTable {
  const n = 40;
  const x = Float64Array.from({ length: n }, (_, i) => (i < 20 ? 1 : 5) + ((i * 7) % 10) / 10);
  const w = Float64Array.from({ length: n }, (_, i) => 100 * ((i * 13) % 17));
  x[3] = NaN; // one hole of its own
  return {
    name: 'hand-made',
    nRows: n,
    columns: [
      { name: 'x', kind: 'number', values: x },
      { name: '<b>w</b>', kind: 'number', values: w },
      { name: 'colour', kind: 'category', values: Array.from({ length: n }, (_, i) => (i === 5 ? null : i < 20 ? (i % 2 ? 'red' : 'orange') : i % 2 ? 'blue' : 'teal')) },
      { name: 'class', kind: 'category', values: Array.from({ length: n }, (_, i) => (i < 20 ? 'a' : 'b')) },
    ],
  };
}
