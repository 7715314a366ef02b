import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'roc-chance',
    prompt: 'Separation 0: the scores carry no information about the class. The ROC AUC is…',
    choices: ['0', 'about 0.5', '1'],
    answer: 1,
    state: 'separation=0&compare=0',
    explain:
      'A score unrelated to the class ranks a random positive above a random negative half the time: AUC ≈ 0.5, the diagonal. An AUC well below 0.5 would mean the scores are useful but reversed.',
    check: [{ metric: 'auc', min: 0.4, max: 0.6 }],
  },
  {
    id: 'roc-imbalance',
    prompt: 'Positives become rare (5 % of samples), same separation. ROC AUC and average precision (PR)?',
    choices: ['Both stay put', 'AUC barely moves, average precision drops sharply', 'AUC drops, average precision rises'],
    answer: 1,
    state: 'positiveShare=0.05&compare=0',
    explain:
      'The ROC curve divides by each class’s own size, so it ignores the balance; precision counts false positives against few true positives, so it suffers. On rare positives (fraud, disease) look at the PR curve.',
    check: [{ metric: 'auc', min: 0.8 }, { metric: 'ap', max: 0.45 }],
  },
];
