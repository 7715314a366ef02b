import { csvFormatRows } from 'd3';
import { isNumericColumn, type DataColumn, type DataTable } from '../../../core/data/table';

/** One cell as text: numbers as JavaScript writes them, dates as ISO dates, missing as empty. */
function cell(column: DataColumn, i: number): string {
  if (isNumericColumn(column)) {
    const v = column.values[i];
    if (Number.isNaN(v)) return '';
    if (column.kind === 'date') {
      const iso = new Date(v).toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
    }
    return String(v);
  }
  return column.values[i] ?? '';
}

/** The table as CSV text (d3-dsv quotes what needs quoting). */
export function tableToCsv(table: DataTable): string {
  const rows: string[][] = [table.columns.map((c) => c.name)];
  for (let i = 0; i < table.nRows; i++) rows.push(table.columns.map((c) => cell(c, i)));
  return csvFormatRows(rows) + '\n';
}
