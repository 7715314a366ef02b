import { datasetOptions, isGenerated } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';
import { noTable, PLANE_ROWS, tableRow } from '../shared/table-params';

// Every 2-D classification problem of the data-set table with up to three classes (the palette and the added
// points have three), and iris drawn as its two petal measurements. A plain-data file: the gallery may load it.
export const DATASET_OPTIONS = datasetOptions({ kind: ['classification', 'tabular'], nClasses: { min: 2, max: 3 } }, { iris: 'Iris (petal length × width)' });

// The number of points and the noise only apply to generated data, not to the real iris measurements.
/** The most points a link carries: clicked ones, and dragged generated ones (a drag beyond is refused). */
export const MAX_ADDED = 200;
export const MAX_MOVED = 100;
const generated = (v: Readonly<Record<string, unknown>>) => noTable(v) && isGenerated(v.dataset);

export const schema = defineSchema([
  tableRow('A table of numbers with the label in the last column, such as the one the data lab prepares (its Output section opens it here). The model uses every column; the map shows a plane through them. It stays in this browser: links name it, never carry it.', 'class'),
  { name: 'dataset', affects: 'data', type: 'enum', default: 'blobs3', options: DATASET_OPTIONS, label: 'Data set', help: 'The 2-D classification problem. Iris uses the real petal measurements of 150 flowers (3 species).', group: 'Data', visibleIf: noTable },
  ...PLANE_ROWS,
  { name: 'n', affects: 'data', type: 'int', default: 200, min: 20, max: 1000, step: 10, label: 'Points', help: 'How many points are generated (ignored for iris).', group: 'Data', visibleIf: generated },
  { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap, from none (0) to a lot (1). Ignored for iris.', group: 'Data', visibleIf: generated },
  { name: 'trainShare', affects: 'data', type: 'number', default: 0.7, min: 0.2, max: 0.9, step: 0.05, label: 'Train share', help: 'Fraction of the points the classifier memorises; the rest (hollow) measure generalisation.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data and split.', group: 'Data' },
  { name: 'k', affects: 'model', type: 'int', default: 5, min: 1, max: 50, label: 'k (neighbours)', help: 'How many nearest training points vote. k = 1 copies the noise (overfits); a large k blurs the classes (underfits).', group: 'Model' },
  { name: 'weights', affects: 'model', type: 'enum', default: 'uniform', options: [{ value: 'uniform', label: 'Uniform (one vote each)' }, { value: 'distance', label: 'Distance (1 / d)' }], label: 'Vote weights', help: 'Uniform: each of the k neighbours has one vote. Distance: closer neighbours count more (weight 1/distance); a point exactly on a training point takes its class.', group: 'Model' },
  { name: 'metric', affects: 'model', type: 'enum', default: 'euclidean', options: [{ value: 'euclidean', label: 'Euclidean (L2)' }, { value: 'manhattan', label: 'Manhattan (L1)' }, { value: 'chebyshev', label: 'Chebyshev (L∞)' }, { value: 'minkowski', label: 'Minkowski (Lp)' }], label: 'Distance', help: 'How "near" is measured. The unit circle is a circle (L2), a diamond (L1) or a square (L∞).', group: 'Model' },
  { name: 'p', affects: 'model', type: 'number', default: 3, min: 1, max: 10, step: 0.5, label: 'p (Minkowski)', help: 'The power of the Minkowski distance (used when Distance is Minkowski): p = 1 is Manhattan, p = 2 Euclidean, large p approaches Chebyshev.', group: 'Model', visibleIf: (v) => v.metric === 'minkowski' },
  { name: 'stretch', affects: 'data', type: 'bool', default: false, label: 'Stretch x₁ ×10', help: 'Measure x₁ in smaller units (multiply it by 10). Without scaling, distances are then almost only about x₁.', group: 'Scaling', visibleIf: noTable },
  { name: 'standardize', affects: 'model', type: 'bool', default: false, label: 'Standardise features', help: 'Rescale each feature to mean 0 and variance 1 (fitted on the training points) before measuring distances.', group: 'Scaling' },
  { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: MAX_ADDED, nClasses: 3, label: 'Added points', help: 'Training points you clicked onto the map.' },
  { name: 'moved', affects: 'data', type: 'points', default: [], maxPoints: MAX_MOVED, nClasses: 1000, label: 'Moved points', help: 'Generated training points you dragged: new x, new y, and the point’s number.' },
] as const);

export type Params = Values<typeof schema>;
