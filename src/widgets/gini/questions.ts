import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'gini-edge',
    prompt: 'Move the split to the far left, so every point goes right. The impurity decrease is…',
    choices: ['0', 'the largest possible'],
    answer: 0,
    state: 'split=-4',
    explain: 'One child holds everything and is the parent again: nothing was separated, so the decrease is exactly 0.',
    check: [{ metric: 'impurity-decrease', min: 0, max: 1e-12 }],
  },
  {
    id: 'gini-entropy',
    prompt: 'You switch the criterion from Gini to entropy. Does the best split move?',
    choices: ['Yes, a long way', 'No: here both pick the same split'],
    answer: 1,
    state: 'criterion=entropy',
    explain:
      'Gini and entropy rank splits almost the same way and usually choose the same threshold; only their scale differs (entropy in bits, up to 1 for two classes; Gini up to 0.5).',
    check: [{ metric: 'best-threshold', min: -0.35, max: -0.32 }],
  },
];
