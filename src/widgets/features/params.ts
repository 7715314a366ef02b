import { datasetOptions } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

// Ranking names and labels (kept beside the schema: params.ts stays free of core's models, which the gallery would load).
export const RANKING_OPTIONS = [
  { value: 'f', label: 'F-test (fClassif)' },
  { value: 'mi', label: 'Mutual information' },
  { value: 'l1', label: 'L1 path (entry order)' },
  { value: 'tree', label: 'Forest impurity importance' },
  { value: 'perm', label: 'Permutation importance' },
] as const;

const mixed = (v: Readonly<Record<string, unknown>>) => v.dataset === 'mixed';

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'mixed', options: [{ value: 'mixed', label: 'Informative + redundant + noise (generated)' }, ...datasetOptions({ kind: 'tabular', syncOnly: true })], label: 'Data set', help: 'A generated problem whose features have known roles (as scikit-learn’s make_classification), or a shipped table (its features have no known role).', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 300, min: 40, max: 1500, step: 10, label: 'Samples', help: 'Rows generated; 30 % are held out (stratified) for every test score.', group: 'Data', visibleIf: mixed },
  { name: 'nInformative', affects: 'data', type: 'int', default: 3, min: 1, max: 8, label: 'Informative features', help: 'Features in which the two classes have different means (each class a Gaussian cloud around its corner of a hypercube).', group: 'Data', visibleIf: mixed },
  { name: 'nRedundant', affects: 'data', type: 'int', default: 2, min: 0, max: 8, label: 'Redundant features', help: 'Random linear combinations of the informative features: they score well alone but add nothing new.', group: 'Data', visibleIf: mixed },
  { name: 'nNoise', affects: 'data', type: 'int', default: 5, min: 0, max: 30, label: 'Noise features', help: 'Pure N(0, 1) noise, independent of the class.', group: 'Data', visibleIf: mixed },
  { name: 'classSep', affects: 'data', type: 'number', default: 1, min: 0.2, max: 3, step: 0.1, label: 'Class separation', help: 'Distance of the class centres from the origin along each informative axis, in standard deviations.', group: 'Data', visibleIf: mixed },
  { name: 'share', affects: 'data', type: 'number', default: 0.5, min: 0.005, max: 0.5, step: 0.005, label: 'Class-1 share', help: 'Fraction of the samples in class 1. Very small shares leave a class with a single sample, which cannot be split or learned.', group: 'Data', visibleIf: mixed },
  { name: 'constant', affects: 'data', type: 'bool', default: false, label: 'Add a constant column', help: 'A feature with the same value in every row: its F statistic is 0/0 (undefined); VarianceThreshold drops it.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, split, forest and added noise.', group: 'Data' },
  { name: 'ranking', affects: 'view', type: 'enum', default: 'f', options: RANKING_OPTIONS, label: 'Ranking', help: 'Which ranking picks the features kept: highlighted in the bars and marked on the test-score curve.', group: 'Selection' },
  { name: 'k', affects: 'view', type: 'int', default: 3, min: 1, max: 50, label: 'Features kept (k)', help: 'How many of the top-ranked features are kept (SelectKBest’s k). More than there are features is refused with a message.', group: 'Selection' },
] as const);

export type Params = Values<typeof schema>;
