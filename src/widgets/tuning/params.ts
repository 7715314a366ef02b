import { datasetOptions, isGenerated } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

export const MODEL_OPTIONS = [
  { value: 'knn', label: 'kNN: k × weights' },
  { value: 'svm', label: 'RBF SVM: C × gamma' },
  { value: 'tree', label: 'Decision tree: max depth × min samples per leaf' },
] as const;

const generated = (v: Readonly<Record<string, unknown>>) => isGenerated(v.dataset);

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'moons', options: datasetOptions({ kind: 'classification', nClasses: { min: 2, max: 4 }, nFeatures: 2 }), label: 'Data set', help: 'The 2-D classification problem the hyperparameters are tuned on.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 200, min: 40, max: 600, step: 10, label: 'Points', help: 'How many points are generated (training and test together).', group: 'Data', visibleIf: generated },
  { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap, from none (0) to a lot (1).', group: 'Data', visibleIf: generated },
  { name: 'testShare', affects: 'data', type: 'number', default: 0.3, min: 0.1, max: 0.5, step: 0.05, label: 'Test share', help: 'The share held out (stratified) before any tuning: the searches never see it; it scores the chosen model once.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, split and random-search candidates.', group: 'Data' },
  { name: 'model', affects: 'model', type: 'enum', default: 'knn', options: MODEL_OPTIONS, label: 'Model and its two hyperparameters', help: 'The estimator tuned and the two hyperparameters searched.', group: 'Search' },
  { name: 'kMax', affects: 'model', type: 'int', default: 40, min: 2, max: 400, label: 'Largest k searched', help: 'kNN: k is searched from 1 to this. A k larger than a fold’s training set cannot be fitted: that candidate is shown as failed, with the reason.', group: 'Search', visibleIf: (v) => v.model === 'knn' },
  { name: 'budget', affects: 'model', type: 'int', default: 16, min: 1, max: 64, label: 'Budget (candidates per search)', help: 'How many candidates each search may evaluate: the grid is as close to this as its axes allow, and random search draws exactly as many as the grid has.', group: 'Search' },
  { name: 'folds', affects: 'model', type: 'int', default: 5, min: 2, max: 10, label: 'CV folds', help: 'StratifiedKFold on the training set (unshuffled, as scikit-learn’s cv=k for a classifier).', group: 'Search' },
] as const);

export type Params = Values<typeof schema>;
export type ModelName = Params['model'];
