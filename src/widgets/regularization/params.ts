import { defineSchema, type Values } from '../../params';

// Plain data, short strings: the gallery loads every widget's params (the notes say the rest).
export const schema = defineSchema([
  { name: 'n', affects: 'data', type: 'int', default: 30, min: 8, max: 200, label: 'Points', help: 'Points in each training set.', group: 'Data' },
  { name: 'noise', affects: 'data', type: 'number', default: 0.3, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'Spread of y around sin x.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same points.', group: 'Data' },
  { name: 'degree', affects: 'model', type: 'int', default: 5, min: 1, max: 15, label: 'Degree', help: 'Features x, x², …, x^d.', group: 'Model' },
  { name: 'penalty', affects: 'model', type: 'enum', default: 'ridge', options: [{ value: 'none', label: 'None' }, { value: 'ridge', label: 'Ridge' }, { value: 'lasso', label: 'Lasso' }, { value: 'elasticnet', label: 'Elastic net' }], label: 'Penalty', help: 'scikit-learn’s models.', group: 'Model' },
  { name: 'alpha', affects: 'model', type: 'number', default: 0.001, min: 1e-6, max: 1000, scale: 'log', label: 'alpha', help: 'Penalty strength.', group: 'Model', enabledIf: (v) => v.penalty !== 'none' },
  { name: 'l1Ratio', affects: 'model', type: 'number', default: 0.5, min: 0.05, max: 0.95, step: 0.05, label: 'l1_ratio', help: 'Share of L1.', group: 'Model', visibleIf: (v) => v.penalty === 'elasticnet' },
  { name: 'sets', affects: 'model', type: 'int', default: 50, min: 20, max: 100, step: 10, label: 'Resampled sets', help: 'Sets Resample fits.', group: 'Model' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 100, hidden: true, label: 'Sets fitted', help: 'A link refits them.' },
] as const);

export type Params = Values<typeof schema>;
