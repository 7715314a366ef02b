import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'svm-linear-moons',
    prompt: 'Two moons, a linear kernel instead of RBF (C = 1). The test accuracy…',
    choices: ['stays about the same (near 93 %)', 'falls clearly: a straight boundary cannot follow the moons', 'reaches 100 %'],
    answer: 1,
    state: 'kernel=linear',
    explain:
      'A linear kernel draws one straight line, whatever C is: about 80 % of the test points here, against 93 % with the RBF kernel, which bends the boundary around the moons. The kernel decides the shapes a boundary can take; C only trades margin width against training errors.',
    check: [{ metric: 'test-accuracy', min: 0.7, max: 0.87 }],
  },
  {
    id: 'svm-large-c-gamma',
    prompt: 'RBF kernel with C = 1000 and γ = 30. Training accuracy and the number of support vectors?',
    choices: ['Training 100 %, and more support vectors than before (small islands round the points)', 'Training accuracy falls', 'Only a handful of support vectors remain'],
    answer: 0,
    state: 'C=1000&gamma=30',
    explain:
      'A large γ makes each point’s influence tiny, and a large C makes every training error expensive, so the boundary wraps islands round single points: every training point is classified right, and most of them become support vectors (57 of 70 here, against 26 at C = γ = 1). That is memorising; a learner who sees 100 % training accuracy should look at the test score.',
    check: [
      { metric: 'train-accuracy', min: 0.999 },
      { metric: 'support-vectors', min: 40 },
    ],
  },
];
