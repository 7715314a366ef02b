import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'forest-oob',
    prompt: 'After 100 trees, the out-of-bag (OOB) accuracy, computed without any held-out set, is…',
    choices: ['100 %, like the training accuracy', 'within a few points of the test accuracy', 'meaningless: every row trained some tree'],
    answer: 1,
    state: 'steps=100',
    explain:
      'Each row is left out of about 37 % of the bootstrap samples; the trees that never saw it vote on it. That is a held-out estimate for free: 94 % OOB against 90 % on the test points here, while the training accuracy of fully grown trees is 100 % and says nothing.',
    check: [
      { metric: 'oob-score', min: 0.85 },
      { metric: 'test-accuracy', min: 0.85 },
      { metric: 'train-accuracy', min: 0.999 },
    ],
  },
  {
    id: 'forest-one-tree',
    prompt: 'Grow just one tree (no depth limit, the default bootstrap). Its accuracy on the training points is…',
    choices: ['100 %: a fully grown tree memorises its training set', 'a little below 100 %: some training points were never in its sample'],
    answer: 1,
    state: 'steps=1',
    explain:
      'A bootstrap sample draws n rows with replacement, so it holds only about 63 % of the distinct rows (1 − 1/e). The tree fits those perfectly, but the other 37 % are new to it and it gets a few wrong (97.9 % here). Those are the tree’s out-of-bag rows: with many trees every row is left out by about a third of them, which is what the OOB score is built from.',
    check: [
      { metric: 'trees', min: 1, max: 1 },
      { metric: 'train-accuracy', min: 0.9, max: 0.995 },
    ],
  },
];
