import { checkFeatures, TableShapeError } from './labelled';
import { isNumericColumn, type DataColumn, type DataTable } from './table';

/**
 * A table as a regressor's input: every feature a number, the target a number (fractions welcome: that is what a
 * regression target is). The classifiers' sibling is labelledMatrix; the checks on the features are the same.
 */
export interface RegressionMatrix {
  /** rows × features, in the table's row order (rows with a gap left out when asked) */
  X: number[][];
  y: number[];
  featureNames: string[];
  targetName: string;
  /** Rows left out for a gap in a chosen column (dropMissing), else 0. */
  dropped: number;
}

export interface RegressionOptions {
  /** The target column's name; by default the last column (where the data lab's prepared table puts it). */
  target?: string;
  /** The feature columns, in this order; by default every column but the target. */
  features?: string[];
  /** Leave out the rows with a gap in a chosen column (a shipped table read as it is) instead of refusing the table. */
  dropMissing?: boolean;
}

function column(table: DataTable, name: string, role: string): DataColumn {
  const c = table.columns.find((k) => k.name === name);
  if (!c) throw new TableShapeError(`The table has no column “${name}” to use as the ${role}.`);
  return c;
}

/** The table as features and a numeric target; throws TableShapeError with the reason when it cannot be. */
export function regressionMatrix(table: DataTable, options: RegressionOptions = {}): RegressionMatrix {
  const { columns } = table;
  if (columns.length < 2) throw new TableShapeError('The table needs at least two columns: one feature or more, and the target (the last column).');
  const target = options.target === undefined ? columns[columns.length - 1] : column(table, options.target, 'target');
  if (!isNumericColumn(target)) {
    throw new TableShapeError(`The target “${target.name}” holds ${target.kind === 'text' ? 'text' : 'labels'}: a regression needs a number to predict. Choose a numeric column as the target (the last column).`);
  }
  const features = options.features ? options.features.map((f) => column(table, f, 'feature')) : columns.filter((c) => c !== target);
  if (features.includes(target)) throw new TableShapeError(`The target “${target.name}” cannot also be a feature.`);
  if (features.length === 0) throw new TableShapeError('The table needs at least one feature besides the target.');
  const keep: number[] = [];
  for (let i = 0; i < table.nRows; i++) {
    if (!options.dropMissing || [target, ...features].every((c) => Number.isFinite(c.values[i] as number))) keep.push(i);
  }
  // the gaps of the dropped rows are not the table's problem; a label column is refused before its values are read
  checkFeatures(options.dropMissing ? features.map((c) => (isNumericColumn(c) ? { ...c, values: Float64Array.from(keep, (i) => c.values[i]) } : c)) : features);
  const tv = target.values as Float64Array;
  const missing = keep.findIndex((i) => !Number.isFinite(tv[i]));
  if (missing >= 0) throw new TableShapeError(`The target “${target.name}” is missing in row ${keep[missing] + 1}: drop the rows without a target first.`);
  if (keep.length < 2) throw new TableShapeError(`The table has ${keep.length} complete row${keep.length === 1 ? '' : 's'}: a regression needs at least two.`);
  const cols = features.map((c) => c.values as Float64Array);
  return {
    X: keep.map((i) => cols.map((v) => v[i])),
    y: keep.map((i) => tv[i]),
    featureNames: features.map((c) => c.name),
    targetName: target.name,
    dropped: table.nRows - keep.length,
  };
}
