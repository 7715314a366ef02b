// The models the data lab's Output offers a prepared table to: every widget whose schema has a `table` file row
// (widgets/shared/table-params.ts), with what its target must be. The registry knows them (app/table-models.ts), but
// a widget may not import the app, and handing the list down from the shell cost every route ~0.1 KB, which took
// three routes over their budget. So the lab keeps this list, and tests/unit/table-models.test.ts fails when it
// differs from the registry's: a widget that gains a table row must be added here (gallery order, its title).
import type { FileSpec } from '../../../params';

export interface TableModel {
  /** route name */
  name: string;
  title: string;
  /** what the model's target must be (unknown when its row does not say) */
  target: FileSpec['target'];
}

export const TABLE_MODELS: readonly TableModel[] = [
  { name: 'linear', title: 'Linear regression', target: 'number' },
  { name: 'logistic', title: 'Logistic regression', target: 'binary' },
  { name: 'knn', title: 'k-nearest neighbours', target: 'class' },
  { name: 'tree', title: 'Decision tree, grown live', target: 'class' },
  { name: 'forest', title: 'Random forest, tree by tree', target: 'class' },
  { name: 'svm', title: 'Support vector machines', target: 'class' },
  { name: 'mlp', title: 'Neural network playground', target: 'classOrNumber' },
];
