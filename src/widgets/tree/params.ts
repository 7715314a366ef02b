import { defineSchema, type Values } from '../../params';
import { PLANE_ROWS, tableRow } from '../shared/table-params';
import { pointRows } from '../shared/trees/rows';

export const schema = defineSchema([
  tableRow('A table of numbers with the class label in the last column, such as the one the data lab prepares (its Output section opens it here). The tree may split on every column, named as in the table; the map shows a plane through them. It stays in this browser: links name it, never carry it.', 'class'),
  ...pointRows('tree'),
  ...PLANE_ROWS,
  { name: 'criterion', affects: 'model', type: 'enum', default: 'gini', options: [{ value: 'gini', label: 'Gini impurity' }, { value: 'entropy', label: 'Entropy (information gain)' }, { value: 'logLoss', label: 'Log loss (= entropy)' }], label: 'Criterion', help: 'How a node’s impurity is measured; each split maximises the impurity decrease. scikit-learn’s "log_loss" is entropy under another name: the same tree.', group: 'Tree' },
  { name: 'maxDepth', affects: 'model', type: 'int', default: 0, min: 0, max: 20, label: 'Max depth (0 = none)', help: 'Nodes at this depth are not split. 0 grows until every leaf is pure (or cannot be split): the tree learns the noise.', group: 'Tree' },
  { name: 'minSamplesLeaf', affects: 'model', type: 'int', default: 1, min: 1, max: 50, label: 'Min samples per leaf', help: 'A split must leave at least this many training points on each side. Larger values smooth the boxes.', group: 'Tree' },
  { name: 'maxLeafNodes', affects: 'model', type: 'int', default: 0, min: 0, max: 100, label: 'Max leaf nodes (0 = none)', help: 'Grow best-first (the split with the largest impurity decrease anywhere goes next) and stop at this many leaves, as scikit-learn does.', group: 'Tree' },
  { name: 'ccpAlpha', affects: 'model', type: 'number', default: 0, min: 0, max: 0.1, step: 0.001, label: 'Pruning α (ccp_alpha)', help: 'Minimal cost-complexity pruning: after growing, collapse every subtree whose impurity decrease per extra leaf is below α. See the pruning path.', group: 'Tree' },
  { name: 'speed', affects: 'view', type: 'number', default: 2, min: 0.5, max: 20, step: 0.5, label: 'Speed (splits / s)', help: 'Splits per second while playing.', group: 'Tree' },
  { name: 'threshold', affects: 'view', type: 'number', default: 0.5, min: 0, max: 1, hidden: true, label: 'Decision threshold', help: 'Predict class 1 when the leaf’s share of class 1 is at least this (set in the evaluation panel; two classes only).' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 2000, hidden: true, label: 'Splits done', help: 'Splits already made: a shared link regrows the tree to the same point.' },
] as const);

export type Params = Values<typeof schema>;
