import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'imbalance-paradox',
    prompt: 'Only 2 % of the samples are positive. How accurate is a "model" that always answers "negative"?',
    choices: ['About 50 %: it is guessing', 'About 98 %: more accurate than most real models here', 'About 2 %'],
    answer: 1,
    state: 'share=0.02',
    explain:
      'Accuracy counts every correct answer, and 98 % of the answers are "negative". The useless model scores 98 % and finds none of the positives (recall 0). With a rare class, look at recall, precision, F1 and the precision–recall curve instead.',
    check: [{ metric: 'baseline-accuracy', min: 0.97 }],
  },
  {
    id: 'imbalance-weights-recall',
    prompt: 'With 5 % positives (the default data), compared with no remedy, balanced class weights make the recall…',
    choices: ['about the same', 'much higher, at the price of precision', 'lower'],
    answer: 1,
    state: 'remedy=weights',
    explain:
      'Unweighted, the positives are too few to pull the boundary: the model predicts "positive" only where it is nearly sure and misses most of them. Weighting each positive by n / (2·n_positive) makes both classes count the same, so the boundary moves into the negatives: many more positives found (recall 20 % → 93 % here) and many more false alarms (precision 75 % → 23 %). The ROC AUC hardly changes: the ranking is the same, only the cut moved.',
    check: [
      { metric: 'none-recall', max: 0.3 },
      { metric: 'weights-recall', min: 0.6 },
    ],
  },
];
