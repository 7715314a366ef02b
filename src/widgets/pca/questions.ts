import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'pca-round',
    prompt: 'Make the 2-D cloud round (thickness 1, 200 points). What share of the variance does PC1 carry?',
    choices: ['Almost all of it (over 95 %)', 'A little over half: no direction stands out', 'None: PCA fails on a round cloud'],
    answer: 1,
    state: 'n=200&ratio=1',
    explain:
      'With no preferred direction the two components share the variance; a finite sample is never perfectly round, so PC1 still gets a bit more than half. PCA compresses well only when the data is stretched along some direction.',
    check: [{ metric: 'explained-variance', min: 0.45, max: 0.75 }],
  },
  {
    id: 'pca-standardise',
    prompt: 'Iris: you tick "Standardise features". The share of variance two components keep…',
    choices: ['rises', 'falls a little', 'stays exactly the same'],
    answer: 1,
    state: 'data=iris&standardize=1',
    explain:
      'Unscaled, the feature with the largest spread (petal length, in cm) dominates the first component, so two components keep almost everything (97.8 %). Standardised, all four features count equally and two components keep a little less (95.8 %). Scale first when features have different units.',
    check: [{ metric: 'variance-2pc', min: 0.9, max: 0.97 }],
  },
];
