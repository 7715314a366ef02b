import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'split-unshuffled-iris',
    prompt: 'Iris as its file lists it (setosa, versicolor, virginica, 50 each). You hold out the last 40 % without shuffling and train kNN on the rest. Its test accuracy?',
    choices: ['About 95 %, as usual on iris', 'About 50 %', 'Under 20 %: the test set is mostly a class the model never saw'],
    answer: 2,
    state: 'shuffle=0&testSize=0.4',
    explain:
      'Unshuffled, the test set is the last 60 rows: 10 versicolor and all 50 virginica, and the training set has no virginica at all. kNN can only answer setosa or versicolor, so at most the 10 versicolor can be right. Shuffle (or stratify) and the same model scores about 95 %.',
    check: [{ metric: 'test-accuracy', max: 0.2 }, { metric: 'unseen-test', min: 50, max: 50 }],
  },
  {
    id: 'split-repeat-spread',
    prompt: 'Iris, shuffled, 30 % test (45 flowers), kNN. You repeat the split with 100 seeds. How far apart are the lowest and highest test accuracies?',
    choices: ['Under 1 point: one split is enough', 'Several points, around 10: one split’s score is a noisy estimate'],
    answer: 1,
    state: '',
    explain:
      'Each split tests on different flowers, and one flower is 2.2 points of accuracy on 45. The 100 scores run from about 89 % to 100 %, with a standard deviation over 2 points: report a mean over splits (cross-validation), not one lucky or unlucky split.',
    check: [{ metric: 'score-range', min: 0.05 }, { metric: 'std-score', min: 0.01 }],
  },
  {
    id: 'split-rare-stratify',
    prompt: 'Only 5 virginica are kept (10 % of the class), test size 20 %. Over 100 random (unstratified) splits, how often does the test set hold no virginica at all?',
    choices: ['Never', 'In roughly a third of the splits', 'Always'],
    answer: 1,
    state: 'rare=0.1&testSize=0.2',
    explain:
      'Each of the 5 virginica lands in the test set with probability about 0.2, so all 5 miss it with probability 0.8⁵ ≈ 0.33. Those test sets never check virginica at all. Tick “Stratify by class” and every test set gets its share (here one).',
    check: [{ metric: 'missed-class-splits', min: 15, max: 55 }],
  },
];
