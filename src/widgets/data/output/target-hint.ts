// Whether a model listed in the data lab's Output suits the prepared table's target, and why not or how it uses it.
import type { DataColumn } from '../../../core/data/table';
import type { TableModel } from './table-models';

/** What the target column is, for a model: class labels (how many), or numbers with fractions (a regression target). */
export function targetKind(column: DataColumn): { kind: 'class'; classes: number } | { kind: 'number' } {
  const seen = new Set<string | number>();
  for (const v of column.values) {
    if (v === null || (typeof v === 'number' && Number.isNaN(v))) continue;
    if (typeof v === 'number' && !Number.isInteger(v)) return { kind: 'number' };
    seen.add(v);
  }
  return { kind: 'class', classes: seen.size };
}

/** Whether a model suits a table's target, and why not or how it uses it (text '' when it simply fits). */
export function targetHint(model: TableModel, column: DataColumn): { suits: boolean; text: string } {
  const t = targetKind(column);
  const name = `“${column.name}”`;
  const no = (text: string) => ({ suits: false, text });
  if (model.target === 'number') {
    return t.kind === 'class' && column.kind !== 'number' ? no(`${name} holds labels: this model predicts a number, so choose a number column as the target.`) : { suits: true, text: '' };
  }
  if (!model.target) return { suits: true, text: '' };
  if (model.target === 'classOrNumber') {
    if (t.kind === 'number') return { suits: true, text: `${name} holds fractions: this model predicts it as a number (regression).` };
    return t.classes < 2 ? no(`${name} has only one class: there is nothing to predict.`) : { suits: true, text: '' };
  }
  if (t.kind === 'number') return no(`${name} holds fractions, a regression target: this model classifies (a regressor suits it).`);
  if (t.classes < 2) return no(`${name} has only one class: a classifier needs two or more.`);
  if (model.target === 'binary' && t.classes > 2) return { suits: true, text: `${name} has ${t.classes} classes and this model separates two: you pick which two.` };
  return { suits: true, text: '' };
}
