import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'features-curse',
    prompt: 'kNN uses only the 3 informative features, then 100 columns of pure noise are added. Its test accuracy…',
    choices: ['stays about the same: the noise carries no signal', 'falls clearly, towards chance (50 %)', 'rises: more features, more information'],
    answer: 1,
    state: '',
    explain:
      'Every noise column adds its own random difference to each distance, and with 100 of them the signal’s 3 differences are nearly drowned: here the accuracy falls from about 91 % to about 72 %, and it keeps falling with more. Models that weigh features (a penalised linear model, a forest) suffer much less; kNN has no weights, so select features (or reduce dimensions) before kNN.',
    check: [
      { metric: 'knn-no-noise', min: 0.85 },
      { metric: 'knn-most-noise', max: 0.78 },
    ],
  },
  {
    id: 'features-redundant',
    prompt: 'With 3 informative, 8 redundant and 5 noise features, the single feature with the highest F statistic (SelectKBest with k = 1) is…',
    choices: ['one of the 3 informative features: they carry the signal', 'a redundant feature: a mix of informative ones', 'a noise feature, by chance'],
    answer: 1,
    state: 'nRedundant=8&k=1',
    explain:
      'A redundant feature is a linear mix of the informative ones, so it can pool their class differences and separate the classes better than any one of them. A univariate filter ranks it first, and with larger k keeps several such mixes that repeat one another; it cannot see the repetition. RFE or an L1 model, which judge features together, keep one of a correlated group.',
    check: [{ metric: 'kept-redundant', min: 1 }],
  },
  {
    id: 'features-leakage',
    prompt: 'The labels are random and all 2,000 features are noise. Pick the 10 best features by F-test on all 60 rows, then 5-fold cross-validate kNN on them. The CV accuracy is…',
    choices: ['about 50 %: there is nothing to learn', 'well above 50 %, as if there were a signal', 'well below 50 %'],
    answer: 1,
    state: '',
    explain:
      'Among 2,000 noise columns some match the 60 labels well by chance, and the selection saw every row, test folds included, so the folds test on rows that chose their own features. Selection is part of training: inside a Pipeline each fold selects on its training rows only, and the score falls back to chance.',
    check: [
      { metric: 'leak-before', min: 0.7 },
      { metric: 'leak-inside', max: 0.65 },
    ],
  },
];
