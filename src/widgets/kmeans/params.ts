import { datasetNamed, datasetOptions, isGenerated } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

// Every 2-D point set of the data-set table (labels are ignored: k-means sees only the points), iris as its
// first two principal components, and the learner's own clicks. A plain-data file: the gallery may load it.
export const DATASET_OPTIONS = [
  ...datasetOptions({ kind: ['clustering', 'classification', 'tabular'], nFeatures: { max: 4 } }, { iris: 'Iris, first 2 principal components' }),
  { value: 'clicks', label: 'Only the points I click' },
] as const;

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'blobs', options: DATASET_OPTIONS, label: 'Data set', help: 'The points to cluster. k-means looks for round clusters of similar size: stretched blobs, unequal spreads and moons show where that assumption breaks.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 300, min: 30, max: 1000, step: 10, label: 'Points', help: 'How many points are generated (ignored for iris and for clicked points).', group: 'Data', visibleIf: (v) => isGenerated(v.dataset) },
  { name: 'blobs', affects: 'data', type: 'int', default: 4, min: 2, max: 8, label: 'True clusters', help: 'How many blobs the generator draws (blob data sets only). The algorithm is not told this number.', group: 'Data', visibleIf: (v) => datasetNamed(v.dataset)?.clusters === true },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data and the same random start.', group: 'Data' },
  { name: 'k', affects: 'model', type: 'int', default: 4, min: 1, max: 10, label: 'k (clusters)', help: 'How many centres k-means places. Compare with the elbow and silhouette plots.', group: 'k-means' },
  { name: 'init', affects: 'model', type: 'enum', default: 'k-means++', options: [{ value: 'k-means++', label: 'k-means++' }, { value: 'random', label: 'Random points' }, { value: 'manual', label: 'Where I drag them' }], label: 'Start', help: 'k-means++ spreads the first centres out (each next one far from the others); random picks k data points; or drag the centres yourself to try a bad start.', group: 'k-means' },
  { name: 'speed', affects: 'view', type: 'number', default: 3, min: 0.5, max: 20, step: 0.5, label: 'Speed (steps / s)', help: 'Half-steps (assign or update) per second while playing.', group: 'k-means' },
  { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: 300, nClasses: 1, label: 'Clicked points', help: 'Points you clicked onto the plot.' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 5000, hidden: true, label: 'Half-steps done', help: 'Assign/update steps already taken: a shared link replays them to the same state.' },
  { name: 'centres', affects: 'model', type: 'points', default: [], maxPoints: 10, nClasses: 10, label: 'Start centres', help: 'Where you dragged the starting centres (used when Start is "Where I drag them").' },
] as const);

export type Params = Values<typeof schema>;
