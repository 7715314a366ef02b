// #/mlp's table mode, one chunk loaded only when a table is chosen, looked up or read (the route is at its budget):
// the table's reader (the TableInput, which #/tree and #/knn keep in their routes), the problem made from the
// table's rows (table.ts), the plane's column pickers and caption, and the notices above the views. One entry for
// all, so the notices and the plane's pickers stay one chunk shared with the other models.
import type { FileStore } from '../../params';
import { TableInput } from '../shared/table-input.svelte';
import type { MlpMatrix } from './table';

export { default as TableNotices } from '../shared/TableNotices.svelte';
export { default as TableAxes } from './TableAxes.svelte';
export { default as TableCaption } from './TableCaption.svelte';
export { tableProblem } from './table';

/**
 * The widget's table reader over its FileStore: class labels (at most as many classes as colours), else a numeric
 * target to predict (regression); neither, and the classifier's reason is shown.
 */
export function mlpTables(files: FileStore): TableInput<MlpMatrix> {
  return new TableInput<MlpMatrix>((m, name, bytes) => {
    const labelled = m.readLabelled(name, bytes, 8);
    const numbers = labelled instanceof Error ? m.readRegression(name, bytes) : labelled;
    return numbers instanceof Error ? labelled : numbers;
  }, files);
}
