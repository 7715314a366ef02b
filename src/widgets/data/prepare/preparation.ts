// The data lab's standard preparation, the one the Pipeline panel scores and the Output section downloads:
// number columns → median imputation, then standard scaling; label columns (not free text) → one-hot, unknown
// categories ignored. The target column is left out of the features and carried through unchanged.
import { isNumericColumn, type DataColumn, type DataTable } from '../../../core/data/table';
import { ColumnTransformer, OneHotEncoder, Pipeline, SimpleImputer, StandardScaler, type ColumnSpec } from '../../../core/preprocess';
import { labelColumns, numberColumns } from './model-data';

/** Which columns the preparation reads, by role. */
export interface PreparationColumns {
  numeric: string[];
  categorical: string[];
}

export function preparationColumns(table: DataTable, target: string | null): PreparationColumns {
  return {
    numeric: numberColumns(table, target).map((c) => c.name),
    categorical: labelColumns(table, target).filter((c) => c.kind !== 'text').map((c) => c.name),
  };
}

/** A fresh, unfitted ColumnTransformer for these columns (scikit-learn's names; see python-snippet.ts). */
export function makePreparation({ numeric, categorical }: PreparationColumns): ColumnTransformer {
  const t: ColumnSpec[] = [];
  if (numeric.length) t.push(['num', new Pipeline({ steps: [['impute', new SimpleImputer({ strategy: 'median' })], ['scale', new StandardScaler()]] }), [...numeric]]);
  if (categorical.length) t.push(['cat', new OneHotEncoder({ handleUnknown: 'ignore' }), [...categorical]]);
  return new ColumnTransformer({ transformers: t });
}

/**
 * The whole table through the preparation, fitted on all its rows (a file to take elsewhere, not a model's test:
 * the Pipeline panel shows what fitting on test rows costs there). Columns: scikit-learn's getFeatureNamesOut
 * (`num__bill_length_mm`, `cat__species_Adelie`, …), then the target as it was. Text columns are left out.
 * Throws, with the step's name in the message, when nothing can be prepared or a step fails.
 */
export function preparedTable(table: DataTable, target: string | null): DataTable {
  const cols = preparationColumns(table, target);
  if (!cols.numeric.length && !cols.categorical.length) throw new Error('There is no number or category column to prepare (besides the target).');
  const prep = makePreparation(cols);
  const X = prep.fit(table).transform(table);
  const names = prep.getFeatureNamesOut();
  const columns: DataColumn[] = names.map((name, j) => ({ name, kind: 'number', values: Float64Array.from(X, (row) => row[j]) }));
  const tgt = target ? table.columns.find((c) => c.name === target) : undefined;
  if (tgt) columns.push(isNumericColumn(tgt) ? { ...tgt, values: tgt.values.slice() } : { ...tgt, values: [...tgt.values] });
  return { name: `${table.name.replace(/\.(csv|tsv|txt)$/i, '')}-prepared`, nRows: table.nRows, columns };
}
