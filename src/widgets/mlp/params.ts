import { datasetOptions } from '../../core/datasets/catalog';
import { FEATURE_OPTIONS } from '../shared/params-features';
import { defineSchema, type Values } from '../../params';
import { noTable, PLANE_ROWS, tableRow } from '../shared/table-params';

// The 2-D problems of the data-set table: two or more classes, and 2-D regression surfaces.
export const DATASET_OPTIONS = datasetOptions({ kind: ['classification', 'regression'], nFeatures: 2 });

export { FEATURE_OPTIONS };

/** Most columns of a table the diagram offers as inputs (a link's list of switched-off columns is as long at most). */
export const MAX_TABLE_INPUTS = 64;

/** The largest network offered: 8 hidden layers of 16 neurons (TensorFlow Playground stops at 6 × 8). */
export const MAX_LAYERS = 8;
export const MAX_NEURONS = 16;

/** Weights typed on the diagram that a link carries (the oldest are dropped beyond this), and the range a typed weight may take. */
export const MAX_EDITS = 20;
export const MAX_TYPED_WEIGHT = 100;

export const ACTIVATION_OPTIONS = [{ value: 'relu', label: 'ReLU' }, { value: 'tanh', label: 'Tanh' }, { value: 'sigmoid', label: 'Sigmoid' }, { value: 'linear', label: 'Linear' }] as const;

const PENALTY_OPTIONS = [{ value: 'none', label: 'None' }, { value: 'l1', label: 'L1' }, { value: 'l2', label: 'L2' }] as const;

export const schema = defineSchema([
  tableRow('A table of numbers with what to predict in the last column (class labels: a softmax per class; numbers with fractions, or more than 8 values: regression), such as the one the data lab prepares (its Output section opens it here). Its columns are the network’s inputs (standardised on the training rows; switch them on and off on the diagram); the maps show a plane through them. It stays in this browser: links name it, never carry it.', 'classOrNumber'),
  { name: 'dataset', affects: 'data', type: 'enum', default: 'circles', options: DATASET_OPTIONS, label: 'Data set', help: 'The 2-D problem to learn: classes to separate, or (regression) a surface to fit.', group: 'Data', visibleIf: noTable },
  { name: 'n', affects: 'data', type: 'int', default: 500, min: 50, max: 1000, step: 10, label: 'Points', help: 'How many points are generated (before the train/test split).', group: 'Data', visibleIf: noTable },
  { name: 'noise', affects: 'data', type: 'number', default: 0.1, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much Gaussian noise blurs the data, from none (0) to a lot (1).', group: 'Data', visibleIf: noTable },
  { name: 'trainShare', affects: 'data', type: 'number', default: 0.5, min: 0.1, max: 0.9, step: 0.05, label: 'Ratio of training data', help: 'Share of the points the network trains on; the rest are the test points.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, split, initial weights and training run. Regenerate picks a new one.', group: 'Data' },
  ...PLANE_ROWS,
  { name: 'features', affects: 'model', type: 'flags', default: ['x1', 'x2'], options: FEATURE_OPTIONS, minSelected: 0, label: 'Input features', help: 'What the network is fed, computed from (x₁, x₂) and standardised. Also toggled by clicking the inputs on the diagram.', group: 'Network', visibleIf: noTable },
  { name: 'off', affects: 'model', type: 'numbers', element: 'int', default: [], min: 0, max: MAX_TABLE_INPUTS - 1, minLength: 0, maxLength: MAX_TABLE_INPUTS, hidden: true, label: 'Table columns off', help: 'Your table’s columns switched off as inputs (0 = the first), by clicking them on the diagram.' },
  { name: 'layers', affects: 'model', type: 'numbers', element: 'int', default: [4, 2], min: 1, max: MAX_NEURONS, minLength: 0, maxLength: MAX_LAYERS, label: 'Hidden layers', help: 'Neurons per hidden layer, e.g. 4,2. Empty: no hidden layer (logistic or linear regression). Also set with + and − on the diagram.', group: 'Network' },
  { name: 'activation', affects: 'model', type: 'enum', default: 'tanh', options: ACTIVATION_OPTIONS, label: 'Activation', help: 'The function every hidden neuron applies to its weighted sum (a layer can have its own: pick it on the diagram). Linear layers stack into one linear map.', group: 'Network' },
  { name: 'acts', affects: 'model', type: 'enums', default: [], options: ACTIVATION_OPTIONS, maxLength: MAX_LAYERS, label: 'Layer activations', help: 'An activation per hidden layer, set on the diagram (e.g. relu,tanh). A layer without one uses the Activation setting.', group: 'Network' },
  { name: 'dropout', affects: 'model', type: 'numbers', element: 'number', default: [], min: 0, max: 0.9, minLength: 0, maxLength: MAX_LAYERS, label: 'Dropout per layer', help: 'The share of each hidden layer’s outputs switched off at random in every training batch, e.g. 0.2,0 (a missing layer: 0). Never at test time. Also set on the diagram.', group: 'Network' },
  { name: 'lr', affects: 'model', type: 'number', default: 0.03, min: 1e-4, max: 10, scale: 'log', label: 'Learning rate', help: 'Step size of each update. Too small crawls; too large oscillates or diverges.', group: 'Training' },
  { name: 'batch', affects: 'model', type: 'int', default: 10, min: 1, max: 100, label: 'Batch size', help: 'Points per update; an epoch is one pass over the training points.', group: 'Training' },
  { name: 'optimizer', affects: 'model', type: 'enum', default: 'sgd', options: [{ value: 'sgd', label: 'SGD' }, { value: 'momentum', label: 'Momentum (0.9)' }, { value: 'rmsprop', label: 'RMSprop' }, { value: 'adam', label: 'Adam' }], label: 'Optimiser', help: 'Plain gradient descent, with momentum, or per-weight adaptive steps (RMSprop, Adam).', group: 'Training' },
  { name: 'penalty', affects: 'model', type: 'enum', default: 'none', options: PENALTY_OPTIONS, label: 'Regularisation', help: 'L2 adds rate·½Σw² to the loss (shrinks every weight); L1 adds rate·Σ|w| (drives weights to exactly 0). Biases are not penalised.', group: 'Training' },
  { name: 'rate', affects: 'model', type: 'number', default: 0.001, min: 1e-5, max: 1, scale: 'log', label: 'Regularisation rate', help: 'How strongly the penalty pulls the weights towards 0.', group: 'Training', enabledIf: (v) => v.penalty !== 'none' },
  { name: 'earlyStop', affects: 'model', type: 'bool', default: false, label: 'Early stopping', help: 'Hold out part of the training points for validation; stop when the validation loss has not improved for “patience” epochs, and go back to the best epoch’s weights.', group: 'Stopping' },
  { name: 'valShare', affects: 'model', type: 'number', default: 0.2, min: 0.1, max: 0.5, step: 0.05, label: 'Validation share', help: 'Share of the training points held out to watch the validation loss (the network does not train on them).', group: 'Stopping', enabledIf: (v) => v.earlyStop === true },
  { name: 'patience', affects: 'model', type: 'int', default: 10, min: 1, max: 100, label: 'Patience (epochs)', help: 'How many epochs in a row without a lower validation loss (by more than 0.0001) end the run.', group: 'Stopping', enabledIf: (v) => v.earlyStop === true },
  { name: 'compare', affects: 'model', type: 'enum', default: 'off', options: [{ value: 'off', label: 'Off' }, { value: 'lr', label: 'Learning rate' }, { value: 'activation', label: 'Activation' }, { value: 'penalty', label: 'Regularisation' }], label: 'Compare a second run', help: 'Train run B beside this one (A): the same data, initial weights and batches, with this one setting changed, so the difference between them is that setting’s alone.', group: 'Compare' },
  { name: 'lrB', affects: 'model', type: 'number', default: 0.3, min: 1e-4, max: 10, scale: 'log', label: 'B: learning rate', help: 'Run B’s learning rate.', group: 'Compare', enabledIf: (v) => v.compare === 'lr' },
  { name: 'activationB', affects: 'model', type: 'enum', default: 'relu', options: ACTIVATION_OPTIONS, label: 'B: activation', help: 'Run B’s activation, in every hidden layer.', group: 'Compare', enabledIf: (v) => v.compare === 'activation' },
  { name: 'penaltyB', affects: 'model', type: 'enum', default: 'l2', options: PENALTY_OPTIONS, label: 'B: regularisation', help: 'Run B’s penalty.', group: 'Compare', enabledIf: (v) => v.compare === 'penalty' },
  { name: 'rateB', affects: 'model', type: 'number', default: 0.01, min: 1e-5, max: 1, scale: 'log', label: 'B: regularisation rate', help: 'Run B’s penalty rate.', group: 'Compare', enabledIf: (v) => v.compare === 'penalty' && v.penaltyB !== 'none' },
  { name: 'maxEpochs', affects: 'view', type: 'int', default: 0, min: 0, max: 5000, step: 10, label: 'Stop at epoch', help: 'A stop condition: training ends at this epoch (0: never; the link can carry at most 5000).', group: 'Stopping' },
  { name: 'speed', affects: 'view', type: 'int', default: 1, min: 1, max: 20, label: 'Speed (epochs per frame)', help: 'Epochs trained per animation frame (at most 8 ms of work per frame).', group: 'Training' },
  { name: 'showTest', affects: 'view', type: 'bool', default: false, label: 'Show test data', help: 'Draw the test points (hollow) on the output map as well.', group: 'View' },
  { name: 'discretize', affects: 'view', type: 'bool', default: false, label: 'Discretise output', help: 'Colour the output map by the predicted class only, not by its probability.', group: 'View' },
  { name: 'threshold', affects: 'view', type: 'number', default: 0.5, min: 0, max: 1, step: 0.001, hidden: true, label: 'Decision threshold', help: 'Predict class 1 when P(class 1) is at least this (set in the evaluation panel; two classes only).' },
  { name: 'edits', affects: 'view', type: 'numbers', element: 'number', default: [], min: -5000, max: 5000, minLength: 0, maxLength: 5 * MAX_EDITS, hidden: true, label: 'Typed weights', help: 'Weights typed on the diagram: epoch, layer, from, to, value.' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 5000, hidden: true, label: 'Epochs done', help: 'Epochs already trained: a shared link replays them to the same network.' },
] as const);

export type Params = Values<typeof schema>;
