import { defineSchema, type Values } from '../../params';

// Kept free of core imports: the gallery loads every widget's schema.
export const DATASET_OPTIONS = [
  { value: 'blobs', label: 'Gaussian blobs' },
  { value: 'aniso', label: 'Stretched (anisotropic) blobs' },
  { value: 'varied', label: 'Blobs of unequal spread' },
  { value: 'moons', label: 'Two moons' },
  { value: 'uniform', label: 'Uniform (no clusters)' },
  { value: 'iris', label: 'Iris, first 2 principal components' },
  { value: 'clicks', label: 'Only the points I click' },
] as const;

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'blobs', options: DATASET_OPTIONS, label: 'Data set', help: 'The points to cluster. k-means looks for round clusters of similar size: stretched blobs, unequal spreads and moons show where that assumption breaks.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 300, min: 30, max: 1000, step: 10, label: 'Points', help: 'How many points are generated (ignored for iris and for clicked points).', group: 'Data', visibleIf: (v) => v.dataset !== 'iris' && v.dataset !== 'clicks' },
  { name: 'blobs', affects: 'data', type: 'int', default: 4, min: 2, max: 8, label: 'True clusters', help: 'How many blobs the generator draws (blob data sets only). The algorithm is not told this number.', group: 'Data', visibleIf: (v) => v.dataset === 'blobs' || v.dataset === 'aniso' || v.dataset === 'varied' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data and the same random start.', group: 'Data' },
  { name: 'k', affects: 'model', type: 'int', default: 4, min: 1, max: 10, label: 'k (clusters)', help: 'How many centres k-means places. Compare with the elbow and silhouette plots.', group: 'k-means' },
  { name: 'init', affects: 'model', type: 'enum', default: 'k-means++', options: [{ value: 'k-means++', label: 'k-means++' }, { value: 'random', label: 'Random points' }, { value: 'manual', label: 'Where I drag them' }], label: 'Start', help: 'k-means++ spreads the first centres out (each next one far from the others); random picks k data points; or drag the centres yourself to try a bad start.', group: 'k-means' },
  { name: 'speed', affects: 'view', type: 'number', default: 3, min: 0.5, max: 20, step: 0.5, label: 'Speed (steps / s)', help: 'Half-steps (assign or update) per second while playing.', group: 'k-means' },
  { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: 300, nClasses: 1, label: 'Clicked points', help: 'Points you clicked onto the plot.' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 5000, hidden: true, label: 'Half-steps done', help: 'Assign/update steps already taken: a shared link replays them to the same state.' },
  { name: 'centres', affects: 'model', type: 'points', default: [], maxPoints: 10, nClasses: 10, label: 'Start centres', help: 'Where you dragged the starting centres (used when Start is "Where I drag them").' },
] as const);

export type Params = Values<typeof schema>;
