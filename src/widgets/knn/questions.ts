import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'knn-k1',
    prompt: 'k = 1. What is the training accuracy?',
    choices: ['100 %', 'About the same as the test accuracy', 'Usually 70–80 %'],
    answer: 0,
    state: 'k=1',
    explain:
      'Each training point is its own nearest neighbour, so k = 1 classifies the training set perfectly, noise included; the test accuracy is lower than with a larger k. A perfect training score with a worse test score is overfitting.',
    check: [{ metric: 'train-accuracy', min: 1 }, { metric: 'test-accuracy', max: 0.9 }],
  },
  {
    id: 'knn-scale',
    prompt: 'x₁ is stretched ×10 and the features are not standardised. The test accuracy…',
    choices: ['stays the same: the data did not change', 'drops: x₁ alone now decides who the neighbours are'],
    answer: 1,
    state: 'stretch=1',
    explain:
      'Distances are dominated by the feature with the largest range, so x₂ barely counts any more. Tick "Standardise features" and the accuracy comes back: scale features before any distance-based model.',
    check: [{ metric: 'test-accuracy', max: 0.87 }],
  },
];
