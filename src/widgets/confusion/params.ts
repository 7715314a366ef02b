import { defineSchema, type Values } from '../../params';
import { binaryOnly, dataset, MULTICLASS_DATASETS, noise, nSamples, positiveShare, seed, separation, steps, threshold } from '../shared-eval/params-common';

const multiclass = (v: Readonly<Record<string, unknown>>) => v.source === 'multiclass';

export const schema = defineSchema([
  { name: 'source', affects: 'data', type: 'enum', default: 'dist', options: [{ value: 'dist', label: 'Two score distributions' }, { value: 'model', label: 'Model trained live' }, { value: 'multiclass', label: 'Multiclass (kNN, K×K)' }], label: 'Scores from', help: 'Binary: two overlapping score distributions you shape with sliders, or P(class 1) of a logistic regression trained live. Multiclass: a kNN classifier’s predictions on iris or blobs.', group: 'Scores' },
  seed,
  separation,
  positiveShare,
  nSamples,
  dataset,
  noise,
  { name: 'mcDataset', affects: 'data', type: 'enum', default: 'iris', options: MULTICLASS_DATASETS, label: 'Multiclass data', help: 'Iris: 150 flowers, 4 measurements, 3 species. Generated sets (blobs, spiral arms): 300 points in 3 or 4 classes. 40 % are held out.', group: 'Multiclass', visibleIf: multiclass },
  { name: 'k', affects: 'model', type: 'int', default: 5, min: 1, max: 40, label: 'k (neighbours)', help: 'kNN votes among the k nearest training points. k = 1 overfits; large k blurs classes together.', group: 'Multiclass', visibleIf: multiclass },
  { name: 'mcNoise', affects: 'data', type: 'number', default: 0.4, min: 0, max: 1, step: 0.05, label: 'Blob spread', help: 'How much the classes overlap in generated data (not used for iris).', group: 'Multiclass', visibleIf: multiclass },
  { name: 'normalize', affects: 'view', type: 'enum', default: 'true', options: [{ value: 'true', label: 'by true class (rows)' }, { value: 'pred', label: 'by prediction (columns)' }, { value: 'all', label: 'by all samples' }], label: 'Rates', help: 'Row-normalised cells give recall per class (the diagonal); column-normalised give precision per class.', group: 'View' },
  { name: 'perClass', affects: 'view', type: 'bool', default: false, label: 'Scale histograms per class', help: 'Draw each class’s histogram to its own height, so the shapes stay visible under heavy imbalance (counts are then relative).', group: 'View', visibleIf: binaryOnly },
  threshold,
  steps,
] as const);

export type Params = Values<typeof schema>;
