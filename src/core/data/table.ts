/**
 * A loaded table (a shipped CSV or the learner's own file), column by column.
 *
 * Columns keep their parsed values so that each preparation step (imputing, encoding, scaling) can
 * work on a column without re-parsing: numbers and dates as a Float64Array with NaN for a missing
 * cell (dates as milliseconds since 1970), categories, booleans and free text as strings with null
 * for a missing cell. `raw` keeps the cells as read, so that a kind can be overridden later without
 * losing anything.
 */
export type ColumnKind = 'number' | 'category' | 'boolean' | 'text' | 'date';

export interface NumericColumn {
  name: string;
  kind: 'number' | 'date';
  values: Float64Array;
  raw?: readonly string[];
}

export interface LabelColumn {
  name: string;
  kind: 'category' | 'boolean' | 'text';
  values: readonly (string | null)[];
  raw?: readonly string[];
}

export type DataColumn = NumericColumn | LabelColumn;

export interface DataTable {
  /** Shown to the learner and used in links (with `hash` for a local table). */
  name: string;
  nRows: number;
  columns: DataColumn[];
  /** Content hash of the source bytes (hex SHA-256), for links to a table kept in this browser. */
  hash?: string;
  /**
   * How the source text was read (set by the CSV reader), for code that reads the same file elsewhere: the data
   * lab's Python snippet passes it to pandas. A semicolon-separated file is read with decimal commas. `renamed`:
   * the columns' names are not the header's cells as written (blank or repeated names were made unique). `names`:
   * every column of the file in its order, kept when the lab sets columns aside (the snippet must name them all).
   */
  format?: { delimiter: ',' | ';' | '\t'; header: boolean; renamed: boolean; names?: readonly string[] };
}

export function isNumericColumn(column: DataColumn): column is NumericColumn {
  return column.kind === 'number' || column.kind === 'date';
}
