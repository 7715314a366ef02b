import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'tuning-random-wins',
    prompt: 'An RBF SVM on two moons, 4 candidates each: a 2 × 2 grid over C and gamma, or 4 random draws from the same log ranges. Only gamma really matters here. Which search finds the better CV score?',
    choices: ['The grid: it covers the ranges evenly', 'Random search', 'Neither: with the same budget they tie'],
    answer: 1,
    state: 'model=svm&budget=4',
    explain:
      'The grid spends its 4 fits on only 2 values of gamma (0.01 and 100, both poor), each tried twice with a C that hardly matters. The 4 random draws try 4 different gammas, and one lands in the good middle: 96 % against the grid’s 91 %.',
    check: [{ metric: 'random-best', min: 0.95 }, { metric: 'grid-best', max: 0.92 }],
  },
  {
    id: 'tuning-optimism',
    prompt: 'kNN on two moons: the searches pick k by 5-fold CV on the training set, with a best mean of 96 %. The chosen model, refitted and scored once on the untouched test set, scores…',
    choices: ['About 96 % too', 'Clearly lower', 'Higher: it trains on more data'],
    answer: 1,
    state: '',
    explain:
      'Choosing the best of 16 noisy CV means picks a candidate that was partly lucky on these folds, so its CV score is optimistic: here 88 % on the test set. That is why the test set must not be used to choose, only to report once at the end.',
    check: [{ metric: 'grid-best', min: 0.95 }, { metric: 'test-score', max: 0.9 }],
  },
  {
    id: 'tuning-deep-tree',
    prompt: 'A decision tree on very noisy moons, tuned over depth and leaf size. At the full training folds, the learning curve shows…',
    choices: ['Training and CV close and low: high bias', 'Training well above CV: high variance', 'Both near 100 %'],
    answer: 1,
    state: 'model=tree&noise=0.8',
    explain:
      'Even the chosen depth of 5 fits its training rows at 96 % but scores 86 % on the held-out folds: a gap of about 10 points, high variance. More data or a smaller tree (a larger leaf) closes the gap; a more flexible model would widen it.',
    check: [{ metric: 'curve-gap', min: 0.08 }],
  },
];
