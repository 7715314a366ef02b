import { datasetOptions, isGenerated } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

// Every classification set of the table that needs no download, with 2 to 4 classes: the 2-D shapes and iris, which
// the shipped file lists class by class (the classic trap for an unshuffled split). Only the strip of samples is drawn,
// so the number of features does not matter.
export const DATASET_OPTIONS = datasetOptions({ kind: ['classification', 'tabular'], nClasses: { min: 2, max: 4 }, syncOnly: true }, {
  iris: 'Iris (150 flowers, the file sorted by species)',
});

/** How many splits “Repeat” draws (seeds of one stream, the first being the split shown). */
export const REPEATS = 100;

const generated = (v: Readonly<Record<string, unknown>>) => isGenerated(v.dataset);

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'iris', options: DATASET_OPTIONS, label: 'Data set', help: 'The labelled samples to split. Iris comes as its file lists it: 50 setosa, then 50 versicolor, then 50 virginica.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 150, min: 20, max: 600, step: 10, label: 'Points', help: 'How many points are generated.', group: 'Data', visibleIf: generated },
  { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap, from none (0) to a lot (1).', group: 'Data', visibleIf: generated },
  { name: 'order', affects: 'data', type: 'enum', default: 'sorted', options: [{ value: 'sorted', label: 'Sorted by class (as many files are)' }, { value: 'random', label: 'Random order' }], label: 'Row order', help: 'Files often list the samples class by class (iris does). Without shuffling, a split then cuts the classes, not the samples.', group: 'Data' },
  { name: 'rare', affects: 'data', type: 'number', default: 1, min: 0.02, max: 1, step: 0.02, label: 'Last class kept', help: 'Keep only this share of the last class (its first rows), to make it rare: a random split can then miss it, and stratifying needs at least two of its samples.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, the same split and the same 100 repeats.', group: 'Data' },
  { name: 'testSize', affects: 'model', type: 'number', default: 0.3, min: 0.05, max: 0.95, step: 0.05, label: 'Test size', help: 'The share of the samples held out for testing (scikit-learn’s test_size: ⌈share × n⌉ samples).', group: 'Split' },
  { name: 'shuffle', affects: 'model', type: 'bool', default: true, label: 'Shuffle', help: 'Shuffle (seeded) before cutting. Off: the first rows train and the last rows test, as train_test_split(shuffle=False).', group: 'Split' },
  { name: 'stratify', affects: 'model', type: 'bool', default: false, label: 'Stratify by class', help: 'Keep each class’s share in both sets (stratify=y). Needs shuffling, as in scikit-learn, and at least two samples of every class.', group: 'Split' },
  { name: 'repeat', affects: 'model', type: 'bool', default: true, label: `Repeat ${REPEATS} splits`, help: `Draw ${REPEATS} splits with the same settings (ShuffleSplit, or StratifiedShuffleSplit when stratifying), train and score a model on each: the spread of the ${REPEATS} test scores is the noise in one split’s estimate.`, group: 'Split' },
  { name: 'model', affects: 'model', type: 'enum', default: 'knn', options: [{ value: 'knn', label: 'k-nearest neighbours' }, { value: 'logistic', label: 'Logistic regression (2 classes)' }], label: 'Model', help: 'The model trained on the training set and scored on the test set.', group: 'Model' },
  { name: 'neighbors', affects: 'model', type: 'int', default: 5, min: 1, max: 50, label: 'Neighbours', help: 'kNN: how many nearest training points vote.', group: 'Model', visibleIf: (v) => v.model === 'knn' },
  { name: 'C', affects: 'model', type: 'number', default: 1, min: 0.001, max: 1000, scale: 'log', label: 'C (inverse strength)', help: 'Logistic regression with an L2 penalty: smaller C means stronger regularisation.', group: 'Model', visibleIf: (v) => v.model === 'logistic' },
] as const);

export type Params = Values<typeof schema>;
