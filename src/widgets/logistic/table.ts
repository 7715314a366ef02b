// The learner's table as logistic regression's data: every feature, and two classes (a label with more has its
// two chosen in the link's class0/class1 rows, the first two by default, and the rest of the rows left out, with
// a notice saying so). The map's plane goes through the rows the model uses.
import type { LabelledMatrix } from '../../core/data';
import type { Plane } from '../shared/plane';
import type { ReadTable } from '../shared/table-input.svelte';
import type { Params } from './params';

export interface LogisticTable {
  matrix: LabelledMatrix;
  /** the table rows the matrix holds, in order */
  rows: number[];
  plane: Plane;
  /** every class of the table's label (more than two: the model uses `matrix.classNames`) */
  allClasses: string[];
  /** why some rows are left out ('' when the label has two classes) */
  notice: string;
}

export function logisticTable(p: Params, read: ReadTable): LogisticTable {
  const m = read.matrix;
  const all = m.classNames;
  if (all.length === 2) return { matrix: m, rows: m.y.map((_, i) => i), plane: read.plane(p), allClasses: all, notice: '' };
  const neg = all.includes(p.class0) ? p.class0 : all[0];
  const pos = all.includes(p.class1) && p.class1 !== neg ? p.class1 : all.find((c) => c !== neg)!;
  const { matrix, rows } = read.classPair(m, neg, pos);
  return {
    matrix,
    rows,
    plane: read.plane(p, matrix.X, `${neg}|${pos}`),
    allClasses: all,
    notice: `The label “${m.targetName}” has ${all.length} classes (${all.join(', ')}), and logistic regression separates two: this model learns ${neg} (class 0) against ${pos} (class 1) on their ${rows.length} rows and leaves the other ${m.y.length - rows.length} out. Pick two classes here, or open the table in k-nearest neighbours, which classifies them all.`,
  };
}
