import { datasetOptions } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

// The gallery loads every widget's schema: only plain-data imports (the data-set table) here.
export const schema = defineSchema([
  { name: 'n', affects: 'data', type: 'int', default: 40, min: 5, max: 200, label: 'Points', help: 'How many 2-D points the cloud has.', group: '2-D cloud' },
  { name: 'angle', affects: 'data', type: 'number', default: 30, min: 0, max: 180, step: 1, label: 'Direction (°)', help: 'The direction in which the generated cloud is stretched.', group: '2-D cloud' },
  { name: 'ratio', affects: 'data', type: 'number', default: 0.35, min: 0.05, max: 1, step: 0.05, label: 'Thickness', help: 'Spread across the main direction relative to along it: 1 is a round cloud (no preferred direction).', group: '2-D cloud' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same cloud.', group: '2-D cloud' },
  { name: 'data', affects: 'data', type: 'enum', default: 'iris', options: datasetOptions({ kind: ['tabular', 'images'] }), label: 'High-dimensional data', help: 'Which real data set is projected onto its first two principal components.', group: 'Real data' },
  { name: 'standardize', affects: 'model', type: 'bool', default: false, label: 'Standardise features', help: 'Rescale every feature to variance 1 before PCA. Without it, the features with the largest spread dominate the components.', group: 'Real data' },
  // One control for m: the slider on the rebuilt-digits card, beside the images it changes (not a second one in the settings).
  { name: 'm', affects: 'view', type: 'int', default: 5, min: 1, max: 64, hidden: true, label: 'Components kept (digits)', help: 'How many principal components rebuild the digit images below.', group: 'Real data' },
  { name: 'moved', affects: 'data', type: 'points', default: [], maxPoints: 200, nClasses: 200, label: 'Moved points', help: 'Points of the 2-D cloud you dragged: new x, new y, and the point’s number.' },
] as const);

export type Params = Values<typeof schema>;
