import { defineSchema, type Values } from '../../params';

// Plain data only: the gallery loads every widget's params at once.
const enet = (v: Readonly<Record<string, unknown>>) => v.penalty === 'elasticnet';

export const schema = defineSchema([
  { name: 'n', affects: 'data', type: 'int', default: 30, min: 8, max: 200, label: 'Training points', help: 'Points in each training set.', group: 'Data' },
  { name: 'noise', affects: 'data', type: 'number', default: 0.3, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'Spread of y around sin(x), 0 to 1.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'Same seed, same points and resamples.', group: 'Data' },
  { name: 'degree', affects: 'model', type: 'int', default: 5, min: 1, max: 15, label: 'Polynomial degree', help: 'Features x, x², …, x^d (then standardised).', group: 'Model' },
  { name: 'penalty', affects: 'model', type: 'enum', default: 'ridge', options: [{ value: 'none', label: 'None (least squares)' }, { value: 'ridge', label: 'Ridge (L2)' }, { value: 'lasso', label: 'Lasso (L1)' }, { value: 'elasticnet', label: 'Elastic net' }], label: 'Penalty', help: 'scikit-learn’s Ridge, Lasso or ElasticNet.', group: 'Model' },
  { name: 'alpha', affects: 'model', type: 'number', default: 0.001, min: 1e-6, max: 1000, scale: 'log', label: 'alpha', help: 'Penalty strength: larger is simpler.', group: 'Model', enabledIf: (v) => v.penalty !== 'none' },
  { name: 'l1Ratio', affects: 'model', type: 'number', default: 0.5, min: 0.05, max: 0.95, step: 0.05, label: 'l1_ratio', help: 'Share of the L1 part.', group: 'Model', visibleIf: enet },
  { name: 'sets', affects: 'model', type: 'int', default: 50, min: 20, max: 100, step: 10, label: 'Resampled sets', help: 'Training sets drawn by Resample.', group: 'Bias–variance' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 100, hidden: true, label: 'Sets fitted', help: 'Resampled sets fitted: a link refits them.' },
] as const);

export type Params = Values<typeof schema>;
