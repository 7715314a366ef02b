import { datasetOptions, isGenerated } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

// Every 2-D classification problem of the data-set table, iris drawn as two of its four measurements (chosen
// below), and the learner's own clicks. A plain-data file: the gallery may load it.
export const DATASET_OPTIONS = [
  ...datasetOptions({ kind: ['classification', 'tabular'], nClasses: { min: 2, max: 4 }, nFeatures: { max: 4 } }, { iris: 'Iris (two measurements)' }),
  { value: 'clicks', label: 'Only the points I click' },
] as const;

/** Iris's four columns, in the file's order (the option value is the column index). */
export const IRIS_FEATURES = [
  { value: '0', label: 'sepal length (cm)' },
  { value: '1', label: 'sepal width (cm)' },
  { value: '2', label: 'petal length (cm)' },
  { value: '3', label: 'petal width (cm)' },
] as const;

const generated = (v: Readonly<Record<string, unknown>>) => isGenerated(v.dataset);
const iris = (v: Readonly<Record<string, unknown>>) => v.dataset === 'iris';

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'moons', options: DATASET_OPTIONS, label: 'Data set', help: 'The 2-D classification problem the tree cuts into boxes. Iris uses real measurements of 150 flowers (3 species); "Only the points I click" starts empty.', group: 'Data' },
  { name: 'irisX', affects: 'data', type: 'enum', default: '2', options: IRIS_FEATURES, label: 'Iris: x₁', help: 'The iris measurement on the horizontal axis.', group: 'Data', visibleIf: iris },
  { name: 'irisY', affects: 'data', type: 'enum', default: '3', options: IRIS_FEATURES, label: 'Iris: x₂', help: 'The iris measurement on the vertical axis.', group: 'Data', visibleIf: iris },
  { name: 'n', affects: 'data', type: 'int', default: 200, min: 20, max: 1000, step: 10, label: 'Points', help: 'How many points are generated (before the train/test split).', group: 'Data', visibleIf: generated },
  { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap, from none (0) to a lot (1). Noise is what a deep tree learns by heart.', group: 'Data', visibleIf: generated },
  { name: 'trainShare', affects: 'data', type: 'number', default: 0.7, min: 0.2, max: 0.9, step: 0.05, label: 'Train share', help: 'Fraction of the points the tree is grown on; the rest (hollow) measure how well it generalises.', group: 'Data', visibleIf: (v) => v.dataset !== 'clicks' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, split and nudges.', group: 'Data' },
  { name: 'criterion', affects: 'model', type: 'enum', default: 'gini', options: [{ value: 'gini', label: 'Gini impurity' }, { value: 'entropy', label: 'Entropy (information gain)' }, { value: 'logLoss', label: 'Log loss (= entropy)' }], label: 'Criterion', help: 'How a node’s impurity is measured; each split maximises the impurity decrease. scikit-learn’s "log_loss" is entropy under another name: the same tree.', group: 'Tree' },
  { name: 'maxDepth', affects: 'model', type: 'int', default: 0, min: 0, max: 20, label: 'Max depth (0 = none)', help: 'Nodes at this depth are not split. 0 grows until every leaf is pure (or cannot be split): the tree learns the noise.', group: 'Tree' },
  { name: 'minSamplesLeaf', affects: 'model', type: 'int', default: 1, min: 1, max: 50, label: 'Min samples per leaf', help: 'A split must leave at least this many training points on each side. Larger values smooth the boxes.', group: 'Tree' },
  { name: 'maxLeafNodes', affects: 'model', type: 'int', default: 0, min: 0, max: 100, label: 'Max leaf nodes (0 = none)', help: 'Grow best-first (the split with the largest impurity decrease anywhere goes next) and stop at this many leaves, as scikit-learn does.', group: 'Tree' },
  { name: 'ccpAlpha', affects: 'model', type: 'number', default: 0, min: 0, max: 0.1, step: 0.001, label: 'Pruning α (ccp_alpha)', help: 'Minimal cost-complexity pruning: after growing, collapse every subtree whose impurity decrease per extra leaf is below α. See the pruning path.', group: 'Tree' },
  { name: 'speed', affects: 'view', type: 'number', default: 2, min: 0.5, max: 20, step: 0.5, label: 'Speed (splits / s)', help: 'Splits per second while playing.', group: 'Tree' },
  { name: 'nudge', affects: 'data', type: 'int', default: 0, min: 0, max: 9999, hidden: true, label: 'Nudges', help: 'How many times "Nudge 5 %" was pressed: nudge k moves 5 % of the points by a small random step drawn from the seed and k.' },
  { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: 200, nClasses: 4, label: 'Added points', help: 'Training points you clicked onto the plot.' },
  { name: 'threshold', affects: 'view', type: 'number', default: 0.5, min: 0, max: 1, hidden: true, label: 'Decision threshold', help: 'Predict class 1 when the leaf’s share of class 1 is at least this (set in the evaluation panel; two classes only).' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 2000, hidden: true, label: 'Splits done', help: 'Splits already made: a shared link regrows the tree to the same point.' },
] as const);

export type Params = Values<typeof schema>;
