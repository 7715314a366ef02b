import { datasetOptions, isGenerated } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

// The 2-D classification problems of the data-set table with two to four classes (a plain-data file).
export const DATASET_OPTIONS = datasetOptions({ kind: 'classification', nClasses: { min: 2, max: 4 }, nFeatures: 2 });

export const SPLITTER_OPTIONS = [
  { value: 'kfold', label: 'KFold' },
  { value: 'stratified', label: 'StratifiedKFold' },
  { value: 'shuffle', label: 'ShuffleSplit' },
  { value: 'loo', label: 'LeaveOneOut' },
  { value: 'group', label: 'GroupKFold' },
] as const;

const generated = (v: Readonly<Record<string, unknown>>) => isGenerated(v.dataset);
const folded = (v: Readonly<Record<string, unknown>>) => v.splitter === 'kfold' || v.splitter === 'stratified';

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'blobs3', options: DATASET_OPTIONS, label: 'Data set', help: 'The 2-D classification problem the model is cross-validated on.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 150, min: 30, max: 400, step: 10, label: 'Points', help: 'How many points are generated (LeaveOneOut trains one model per point).', group: 'Data', visibleIf: generated },
  { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap, from none (0) to a lot (1).', group: 'Data', visibleIf: generated },
  { name: 'order', affects: 'data', type: 'enum', default: 'sorted', options: [{ value: 'sorted', label: 'Sorted by class (as many files are)' }, { value: 'random', label: 'Random order' }], label: 'Row order', help: 'Files often list the samples class by class (iris does). Unshuffled KFold then tests on classes the model barely saw.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, order and shuffled folds.', group: 'Data' },
  { name: 'splitter', affects: 'model', type: 'enum', default: 'stratified', options: SPLITTER_OPTIONS, label: 'Splitter', help: 'How the samples are cut into train and test sets, as scikit-learn’s splitters of the same names.', group: 'Cross-validation' },
  { name: 'k', affects: 'model', type: 'int', default: 5, min: 2, max: 20, label: 'Folds / splits', help: 'k: the number of folds (KFold, StratifiedKFold, GroupKFold) or of random splits (ShuffleSplit). LeaveOneOut makes one per point.', group: 'Cross-validation', visibleIf: (v) => v.splitter !== 'loo' },
  { name: 'shuffle', affects: 'model', type: 'bool', default: false, label: 'Shuffle before folding', help: 'Shuffle the samples (seeded) before cutting them into folds. Off: folds are consecutive runs of rows, as scikit-learn’s default.', group: 'Cross-validation', visibleIf: folded },
  { name: 'testShare', affects: 'model', type: 'number', default: 0.2, min: 0.05, max: 0.5, step: 0.05, label: 'Test share', help: 'ShuffleSplit: the fraction of the points each random split tests on.', group: 'Cross-validation', visibleIf: (v) => v.splitter === 'shuffle' },
  { name: 'groups', affects: 'model', type: 'int', default: 10, min: 2, max: 40, label: 'Groups', help: 'GroupKFold: the points come in this many groups (blocks of neighbours along x₁, like patients or sites); a group is never split between train and test.', group: 'Cross-validation', visibleIf: (v) => v.splitter === 'group' },
  { name: 'model', affects: 'model', type: 'enum', default: 'knn', options: [{ value: 'knn', label: 'k-nearest neighbours' }, { value: 'logistic', label: 'Logistic regression (2 classes)' }], label: 'Model', help: 'The model trained on each fold’s training points.', group: 'Model' },
  { name: 'neighbors', affects: 'model', type: 'int', default: 15, min: 1, max: 50, label: 'Neighbours', help: 'kNN: how many nearest training points vote.', group: 'Model', visibleIf: (v) => v.model === 'knn' },
  { name: 'C', affects: 'model', type: 'number', default: 1, min: 0.001, max: 1000, scale: 'log', label: 'C (inverse strength)', help: 'Logistic regression with an L2 penalty: smaller C means stronger regularisation.', group: 'Model', visibleIf: (v) => v.model === 'logistic' },
  { name: 'speed', affects: 'view', type: 'int', default: 12, min: 1, max: 60, label: 'Folds per second', help: 'How fast the folds are trained one after another while playing.', group: 'Model' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 400, hidden: true, label: 'Folds trained', help: 'Folds already trained: a shared link replays them.' },
] as const);

export type Params = Values<typeof schema>;
