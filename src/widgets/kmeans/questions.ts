import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'kmeans-inertia',
    prompt: 'Four blobs. You raise k from 4 to 8 and run to convergence. The inertia (sum of squared distances to the centres)…',
    choices: ['falls', 'rises, because 8 is the wrong number of clusters'],
    answer: 0,
    state: 'k=8&steps=80',
    explain:
      'More centres always sit closer to the points, so inertia keeps falling as k grows (355 → 231 here) even past the true number of clusters. That is why k is chosen by the elbow or the silhouette, not by the lowest inertia.',
    check: [{ metric: 'inertia', max: 300 }, { metric: 'changed', max: 0 }],
  },
  {
    id: 'kmeans-moons',
    prompt: 'Two moons, k = 2, run to convergence. Does k-means find the two moons?',
    choices: ['Yes', 'No: it cuts across them with a straight border'],
    answer: 1,
    state: 'dataset=moons&k=2&steps=40',
    explain:
      'k-means gives each point to its nearest centre, so its clusters are convex regions around centres; two interleaved crescents cannot be separated that way. Density- or graph-based methods (DBSCAN, spectral clustering) can.',
    check: [{ metric: 'changed', max: 0 }],
  },
];
