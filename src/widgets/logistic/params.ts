import { datasetOptions } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';
import { FEATURE_OPTIONS } from '../shared/params-features';
import { noTable, PLANE_ROWS, tableRow } from '../shared/table-params';

// The binary 2-D problems of the data-set table (a plain-data file: the gallery may load it).
export const DATASET_OPTIONS = datasetOptions({ kind: 'classification', nClasses: 2, nFeatures: 2 });

export { FEATURE_OPTIONS };

export const schema = defineSchema([
  tableRow('A table of numbers with the label in the last column, such as the one the data lab prepares (its Output section opens it here). The model weighs every column; the map shows a plane through them. A label with more than two classes: pick two beside the map. It stays in this browser: links name it, never carry it.', 'binary'),
  { name: 'dataset', affects: 'data', type: 'enum', default: 'moons', options: DATASET_OPTIONS, label: 'Data set', help: 'Which 2-D classification problem to learn. Circles, XOR and spirals are not linearly separable: try adding features.', group: 'Data', visibleIf: noTable },
  ...PLANE_ROWS,
  { name: 'class0', affects: 'data', type: 'enum', default: '', options: 'runtime', hidden: true, label: 'Class 0', help: 'Your table’s label has more than two classes: the one that becomes class 0 (set beside the map).' },
  { name: 'class1', affects: 'data', type: 'enum', default: '', options: 'runtime', hidden: true, label: 'Class 1', help: 'Your table’s label has more than two classes: the one that becomes class 1 (set beside the map).' },
  { name: 'n', affects: 'data', type: 'int', default: 200, min: 20, max: 1000, step: 10, label: 'Points', help: 'How many points are generated (before the train/test split).', group: 'Data', visibleIf: noTable },
  { name: 'noise', affects: 'data', type: 'number', default: 0.3, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much Gaussian noise blurs the classes, from none (0) to a lot (1).', group: 'Data', visibleIf: noTable },
  { name: 'trainShare', affects: 'data', type: 'number', default: 0.7, min: 0.1, max: 0.9, step: 0.05, label: 'Train share', help: 'Fraction of the points used for training; the rest (drawn hollow) measure generalisation.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, split, initialisation and training run.', group: 'Data' },
  { name: 'features', affects: 'model', type: 'flags', default: ['x1', 'x2'], options: FEATURE_OPTIONS, minSelected: 1, label: 'Input features', help: 'The model is linear in these features. Squares and the cross term let a linear model draw curved boundaries. (Your table: every column is an input.)', group: 'Model', visibleIf: noTable },
  { name: 'standardize', affects: 'model', type: 'bool', default: true, label: 'Standardise features', help: 'Rescale each feature to mean 0 and variance 1 (fitted on the training set). Gradient descent converges far faster on scaled features.', group: 'Model' },
  { name: 'penalty', affects: 'model', type: 'enum', default: 'none', options: [{ value: 'none', label: 'None' }, { value: 'l2', label: 'L2 (ridge)' }, { value: 'l1', label: 'L1 (lasso)' }], label: 'Regularisation', help: 'L2 shrinks all weights towards 0; L1 sets some exactly to 0 (feature selection). The intercept is never penalised.', group: 'Model' },
  { name: 'C', affects: 'model', type: 'number', default: 1, min: 0.001, max: 1000, scale: 'log', label: 'C (inverse strength)', help: 'scikit-learn’s C = 1/λ: smaller C means stronger regularisation. Needs a penalty.', group: 'Model', enabledIf: (v) => v.penalty !== 'none' },
  { name: 'lr', affects: 'model', type: 'number', default: 0.3, min: 1e-4, max: 10, scale: 'log', label: 'Learning rate', help: 'Step size of gradient descent. Too small crawls; too large oscillates or diverges.', group: 'Training' },
  { name: 'batch', affects: 'model', type: 'enum', default: 'full', options: [{ value: 'full', label: 'Full batch' }, { value: '64', label: '64' }, { value: '16', label: '16' }, { value: '4', label: '4' }, { value: '1', label: '1 (stochastic)' }], label: 'Batch size', help: 'Points per gradient step. Full batch is smooth; small batches are noisy but take many more steps per epoch.', group: 'Training' },
  { name: 'optimizer', affects: 'model', type: 'enum', default: 'sgd', options: [{ value: 'sgd', label: 'Gradient descent' }, { value: 'momentum', label: 'Momentum' }, { value: 'adam', label: 'Adam' }], label: 'Optimiser', help: 'Plain gradient descent, with momentum (a running average of gradients), or Adam (per-weight adaptive steps).', group: 'Training' },
  { name: 'speed', affects: 'view', type: 'int', default: 2, min: 1, max: 50, label: 'Speed (updates per frame)', help: 'How many gradient updates run per animation frame (at most 8 ms of work per frame).', group: 'Training' },
  { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: 200, nClasses: 2, label: 'Added points', help: 'Points you clicked onto the plot (they join the training set).' },
  { name: 'threshold', affects: 'view', type: 'number', default: 0.5, min: 0, max: 1, step: 0.001, hidden: true, label: 'Decision threshold', help: 'Predict class 1 when P(class 1) ≥ this (set in the evaluation panel; it also moves the drawn boundary).' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 200000, hidden: true, label: 'Updates done', help: 'Training updates already run: a shared link replays them to the same model.' },
] as const);

export type Params = Values<typeof schema>;
