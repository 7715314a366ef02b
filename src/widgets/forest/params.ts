import { defineSchema, type Values } from '../../params';
import { PLANE_ROWS, tableRow } from '../shared/table-params';
import { isRegressionSet, pointRows } from '../shared/trees/rows';

// a table is a class problem (its target is a label): the classifier's rows show, whatever 2-D set the link names
const classes = (v: Readonly<Record<string, unknown>>) => !!v.table || !isRegressionSet(v.dataset);

/** The most trees a forest (and so a link's count of trees grown) can have. */
export const MAX_TREES = 200;

export const schema = defineSchema([
  tableRow('A table of numbers with the class label in the last column, such as the one the data lab prepares (its Output section opens it here). Every tree may split on every column, named as in the table; the maps show a plane through them. It stays in this browser: links name it, never carry it.', 'class'),
  ...pointRows('forest', true),
  ...PLANE_ROWS,
  { name: 'nEstimators', affects: 'model', type: 'int', default: 100, min: 0, max: MAX_TREES, label: 'Trees (n_estimators)', help: 'How many trees the forest averages. They are grown one at a time: watch the test and out-of-bag scores settle as the trees’ errors average out.', group: 'Forest' },
  // its choices depend on the number of columns (options.ts: maxFeaturesOptions): 1 of 2 or all 2 on a 2-D set; √d, log₂ d, fractions and counts on a table
  { name: 'maxFeatures', affects: 'model', type: 'enum', default: 'sqrt', options: 'runtime', label: 'Features per split (max_features)', help: 'How many features each split may choose from, drawn afresh at every node: √d (scikit-learn’s default), log₂ d, a share of them, a count, or all (plain bagging). Fewer makes the trees more different from each other (less correlated), so averaging them removes more variance.', group: 'Forest' },
  { name: 'bootstrap', affects: 'model', type: 'bool', default: true, label: 'Bootstrap samples', help: 'Grow each tree on n rows drawn with replacement (about 63 % distinct); the rows a tree did not draw are its out-of-bag rows. Off: every tree sees all rows, and only the feature draws make them differ.', group: 'Forest' },
  { name: 'maxDepth', affects: 'model', type: 'int', default: 0, min: 0, max: 20, label: 'Max depth (0 = none)', help: 'Each tree stops splitting at this depth. Forests usually grow deep trees (low bias, high variance) and let the averaging remove the variance.', group: 'Forest' },
  { name: 'minSamplesLeaf', affects: 'model', type: 'int', default: 1, min: 1, max: 50, label: 'Min samples per leaf', help: 'A split must leave at least this many training rows (with their bootstrap repeats counted once each) on each side.', group: 'Forest' },
  { name: 'criterion', affects: 'model', type: 'enum', default: 'gini', options: [{ value: 'gini', label: 'Gini impurity' }, { value: 'entropy', label: 'Entropy (information gain)' }], label: 'Criterion', help: 'How each tree measures a node’s impurity; every split maximises the impurity decrease. (A regression forest uses the squared error.)', group: 'Forest', visibleIf: classes },
  { name: 'tree', affects: 'view', type: 'int', default: 1, min: 1, max: MAX_TREES, label: 'Tree shown', help: 'Which tree’s bootstrap sample and boxes the “one tree” view shows (1 = the first grown).', group: 'View', visibleIf: classes },
  { name: 'speed', affects: 'view', type: 'number', default: 10, min: 1, max: 60, step: 1, label: 'Speed (trees / s)', help: 'Trees grown per second while playing.', group: 'View' },
  { name: 'threshold', affects: 'view', type: 'number', default: 0.5, min: 0, max: 1, hidden: true, label: 'Decision threshold', help: 'Predict class 1 when the forest’s mean P(class 1) is at least this (set in the evaluation panel; two classes only).', visibleIf: classes },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: MAX_TREES, hidden: true, label: 'Trees grown', help: 'Trees already grown: a shared link regrows the same forest to the same point.' },
] as const);

export type Params = Values<typeof schema>;
