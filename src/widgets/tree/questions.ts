import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'tree-full',
    prompt: 'No depth limit, grown to the end on noisy moons. The training accuracy is…',
    choices: ['100 %', 'about the test accuracy'],
    answer: 0,
    state: 'steps=400',
    explain:
      'An unlimited tree keeps splitting until every leaf is pure, memorising the noise: 100 % on the training set, clearly less on the test set. Limit the depth, the leaf size or prune (ccp α) to generalise.',
    check: [{ metric: 'train-accuracy', min: 1 }, { metric: 'test-accuracy', max: 0.95 }],
  },
  {
    id: 'tree-stump',
    prompt: 'Max depth 1. How many leaves does the tree have?',
    choices: ['1', '2', '4'],
    answer: 1,
    state: 'maxDepth=1&steps=1',
    explain: 'Depth 1 is one split, a "decision stump": two leaves. Boosting builds strong models from many such weak ones.',
    check: [{ metric: 'leaves', min: 2, max: 2 }],
  },
];
