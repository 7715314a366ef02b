import { isNumericColumn, type DataColumn, type DataTable } from './table';

/**
 * A table as a model's input: every feature a number, the target a class. The classifiers' widgets train on what
 * the data lab prepares (numbers imputed and scaled, labels one-hot encoded, the target last), or on any CSV in
 * that shape. Anything else is refused with what to do about it, never trained on half-read.
 */
export interface LabelledMatrix {
  /** rows × features, in the table's row order */
  X: number[][];
  /** class index per row: the position of the row's label in `classNames` */
  y: number[];
  featureNames: string[];
  /** the distinct labels, sorted as scikit-learn's LabelEncoder sorts them (numbers by value, text by code unit) */
  classNames: string[];
  targetName: string;
}

export interface LabelledOptions {
  /** The target column's name; by default the last column (where the data lab's prepared table puts it). */
  target?: string;
  /** Most classes the caller can draw (a message names the count when the target has more). */
  maxClasses?: number;
}

/** Where a bad table goes wrong, said so that the learner knows what to change. */
export class TableShapeError extends Error {
  override readonly name = 'TableShapeError';
}

function targetLabels(col: DataColumn): (string | null)[] {
  if (!isNumericColumn(col)) return col.values.slice();
  // numbers as labels: integral codes (0/1, 1/2/3) are classes; fractions mean a regression target
  return Array.from(col.values, (v) => {
    if (Number.isNaN(v)) return null;
    if (!Number.isInteger(v)) throw new TableShapeError(`The target “${col.name}” holds fractions (${v}): that is a regression target, and this model classifies. Choose a column of labels as the target.`);
    return String(v);
  });
}

function sortLabels(labels: string[], numeric: boolean): string[] {
  return numeric ? labels.sort((a, b) => Number(a) - Number(b)) : labels.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every feature must be a complete column of numbers: says which is not, and what to do about it. */
export function checkFeatures(features: DataColumn[]): void {
  for (const c of features) {
    // a column with no value at all is read as text (nothing says it is numbers): name what is wrong with it
    const empty = isNumericColumn(c) ? c.values.every(Number.isNaN) : c.values.every((v) => v === null || v.trim() === '');
    if (empty && c.values.length) throw new TableShapeError(`The column “${c.name}” is empty: every one of its ${c.values.length} values is missing. Leave it out (the data lab's Ignored columns) or fill it in first.`);
    if (!isNumericColumn(c)) {
      throw new TableShapeError(`The column “${c.name}” holds ${c.kind === 'text' ? 'text' : 'labels'}, not numbers: encode it first (the data lab prepares a table of numbers and downloads it).`);
    }
    let missing = 0, first = -1;
    for (let i = 0; i < c.values.length; i++) if (!Number.isFinite(c.values[i])) { missing++; if (first < 0) first = i; }
    if (missing) throw new TableShapeError(`The column “${c.name}” has ${missing} missing value${missing === 1 ? '' : 's'} (first in row ${first + 1}): impute or drop them first (the data lab's Missing values section).`);
  }
}

/** The table as features and class labels; throws TableShapeError with the reason when it cannot be. */
export function labelledMatrix(table: DataTable, options: LabelledOptions = {}): LabelledMatrix {
  const { columns } = table;
  if (columns.length < 2) throw new TableShapeError('The table needs at least two columns: one feature or more, and the target (the last column).');
  const target = options.target === undefined ? columns[columns.length - 1] : columns.find((c) => c.name === options.target);
  if (!target) throw new TableShapeError(`The table has no column “${options.target}” to use as the target.`);
  const features = columns.filter((c) => c !== target);
  checkFeatures(features);
  const labels = targetLabels(target);
  const missingTarget = labels.findIndex((l) => l === null);
  if (missingTarget >= 0) throw new TableShapeError(`The target “${target.name}” is missing in row ${missingTarget + 1}: drop the rows without a label first.`);
  const classNames = sortLabels([...new Set(labels as string[])], isNumericColumn(target));
  if (classNames.length < 2) throw new TableShapeError(`The target “${target.name}” has only one class (${classNames[0] ?? 'none'}): a classifier needs at least two.`);
  const max = options.maxClasses ?? Infinity;
  if (classNames.length > max) throw new TableShapeError(`The target “${target.name}” has ${classNames.length} classes; this view draws at most ${max}. Choose a target with fewer labels.`);
  const code = new Map(classNames.map((c, i) => [c, i]));
  const cols = features.map((c) => c.values as Float64Array);
  return {
    X: Array.from({ length: table.nRows }, (_, i) => cols.map((v) => v[i])),
    y: labels.map((l) => code.get(l as string) as number),
    featureNames: features.map((c) => c.name),
    classNames,
    targetName: target.name,
  };
}

/**
 * Two classes of a labelled table as a binary problem, for a model that separates two (logistic regression):
 * the rows of class `negative` (y = 0) and `positive` (y = 1) in table order, every other row left out, and which
 * table rows they are.
 */
export function classPair(m: LabelledMatrix, negative: string, positive: string): { matrix: LabelledMatrix; rows: number[] } {
  const a = m.classNames.indexOf(negative), b = m.classNames.indexOf(positive);
  if (a < 0 || b < 0 || a === b) throw new TableShapeError(`Choose two different classes of “${m.targetName}” (${m.classNames.join(', ')}).`);
  const rows: number[] = [];
  m.y.forEach((c, i) => { if (c === a || c === b) rows.push(i); });
  return {
    matrix: { X: rows.map((i) => m.X[i]), y: rows.map((i) => (m.y[i] === b ? 1 : 0)), featureNames: m.featureNames, classNames: [negative, positive], targetName: m.targetName },
    rows,
  };
}
