// Settings that each show one lesson; a preset button sets every other setting back to its default, so what it
// shows does not depend on what was set before.
import type { Params } from './params';

export interface Preset {
  id: string;
  label: string;
  title: string;
  values: Partial<Params>;
}

export const PRESETS: Preset[] = [
  {
    id: 'one-matters',
    label: 'Only gamma matters',
    title: 'RBF SVM on two moons with 4 candidates: C hardly matters, gamma does. The 2 × 2 grid tries 2 gammas, random search 4.',
    values: { model: 'svm', dataset: 'moons', budget: 4 },
  },
  {
    id: 'overfit',
    label: 'Deep trees',
    title: 'A decision tree on noisy moons: the deepest trees fit their training folds perfectly and the learning curve shows the gap.',
    values: { model: 'tree', dataset: 'moons', noise: 0.8, budget: 16 },
  },
  {
    id: 'k-too-large',
    label: 'k too large',
    title: 'kNN with k up to 300 on 200 points: candidates with more neighbours than a fold’s training set cannot be fitted.',
    values: { model: 'knn', kMax: 300 },
  },
];
