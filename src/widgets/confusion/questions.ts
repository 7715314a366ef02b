import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'confusion-high-threshold',
    prompt: 'You raise the threshold to 0.9. Precision and recall?',
    choices: ['Both rise', 'Precision rises, recall collapses', 'Recall rises, precision falls'],
    answer: 1,
    state: 'threshold=0.9',
    explain:
      'Only the most confident scores are called positive: those few are nearly all right (precision 100 % here) but most positives are missed (recall 7.5 %). Moving the threshold trades one for the other.',
    check: [{ metric: 'precision', min: 0.99 }, { metric: 'recall', max: 0.2 }],
  },
  {
    id: 'confusion-low-threshold',
    prompt: 'At threshold 0.1 every positive is found (recall 100 %). The accuracy is…',
    choices: ['high too', 'low: almost every negative becomes a false positive'],
    answer: 1,
    state: 'threshold=0.1',
    explain:
      'Recall alone says nothing about false positives: here 262 of 280 negatives are flagged and accuracy falls to about a third. Report precision or specificity beside recall.',
    check: [{ metric: 'recall', min: 1 }, { metric: 'accuracy', max: 0.4 }],
  },
];
