import { defineSchema, type Values } from '../../params';
import { REMEDIES, REMEDY_LABELS } from './compare';
import { MODELS, MODEL_LABELS } from './models';

const isModel = (m: string) => (v: Readonly<Record<string, unknown>>) => v.model === m;

export const schema = defineSchema([
  { name: 'share', affects: 'data', type: 'number', default: 0.05, min: 0.01, max: 0.5, step: 0.01, label: 'Positive share', help: 'Fraction of all samples in the positive (rare) class, from balanced (50 %) down to 1 in 100. At least 4 positives are always made, so that both the training and the test set get some.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 1000, min: 200, max: 3000, step: 100, label: 'Samples', help: 'How many points in all; 30 % are held out for testing (stratified: the same positive share in both sets).', group: 'Data' },
  { name: 'separation', affects: 'data', type: 'number', default: 2, min: 0.5, max: 4, step: 0.1, label: 'Separation', help: 'Distance between the two classes’ centres, in standard deviations. Small: the rare class hides inside the common one.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same points, split and resampling.', group: 'Data' },
  { name: 'model', affects: 'model', type: 'enum', default: 'logistic', options: MODELS.map((value) => ({ value, label: MODEL_LABELS[value] })), label: 'Model', help: 'The classifier every remedy trains. kNN takes no class weights (it has no loss to weigh), so that row says so.', group: 'Model' },
  { name: 'k', affects: 'model', type: 'int', default: 5, min: 1, max: 25, label: 'k (neighbours)', help: 'kNN votes among the k nearest training points; P(positive) is the share of positives among them.', group: 'Model', visibleIf: isModel('knn') },
  { name: 'depth', affects: 'model', type: 'int', default: 4, min: 1, max: 12, label: 'Max depth', help: 'The tree stops splitting at this depth; P(positive) is the (weighted) share of positives in a leaf.', group: 'Model', visibleIf: isModel('tree') },
  { name: 'remedy', affects: 'view', type: 'enum', default: 'smote', options: REMEDIES.map((value) => ({ value, label: REMEDY_LABELS[value] })), label: 'Shown remedy', help: 'Whose training set, boundary and confusion matrix the views show. The table compares all of them on the same test set.', group: 'Remedies' },
  { name: 'kNeighbors', affects: 'model', type: 'int', default: 5, min: 1, max: 15, label: 'SMOTE k_neighbors', help: 'SMOTE draws each synthetic point between a positive and one of its k nearest positive neighbours.', group: 'Remedies' },
] as const);

export type Params = Values<typeof schema>;
