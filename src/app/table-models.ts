// Which models can train on a table the data lab prepared: every widget whose schema has a `table` row of type file
// (docs/ADDING_A_WIDGET.md, widgets/shared/table-params.ts), found in the registry, so a model that gains a table
// mode appears in the lab's Output panel without a link written there. The schemas load on first use (each is its
// widget's small params chunk). The lab keeps its own copy of the list (widgets/data/output/table-models.ts: a widget
// may not import the app), and tests/unit/table-models.test.ts holds the two equal.
import type { FileSpec } from '../params';
import type { TableModel } from '../widgets/data/output/table-models';
import { loadSchema, WIDGETS } from './registry';

export type { TableModel } from '../widgets/data/output/table-models';

let found: Promise<TableModel[]> | undefined;
/** The models that accept a table, in gallery order. */
export function tableModels(): Promise<TableModel[]> {
  found ??= Promise.all(
    WIDGETS.map(async (w) => {
      const row = (await loadSchema(w)).find((p): p is FileSpec => p.name === 'table' && p.type === 'file');
      return row ? { name: w.name, title: w.title, target: row.target } : null;
    }),
  ).then((models) => models.filter((m) => m !== null));
  return found;
}
