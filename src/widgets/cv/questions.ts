import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'cv-sorted-kfold',
    prompt: 'Three blobs stored class by class; plain KFold with k = 3 and no shuffling. The mean accuracy over the folds?',
    choices: ['About 90 %, as with stratified folds', 'About 33 %: chance for three classes', '0 %: each fold tests a class its model never saw'],
    answer: 2,
    state: 'splitter=kfold&k=3',
    explain:
      'Unshuffled KFold cuts the rows in order, so each test fold is exactly one class and its model trained on the other two: it can never predict the right class. Shuffle first, or use StratifiedKFold (scikit-learn’s default for classifiers), which puts every class into every fold.',
    check: [{ metric: 'mean-score', max: 0.05 }],
  },
  {
    id: 'cv-shuffled-kfold',
    prompt: 'The same KFold with k = 3, but you tick "Shuffle before folding". The mean accuracy?',
    choices: ['Still 0 %', 'About 90 %'],
    answer: 1,
    state: 'splitter=kfold&k=3&shuffle=1',
    explain:
      'Shuffled, every fold holds all three classes in roughly their shares, so each model has seen every class and the estimate is honest again (91 % here). Stratifying guarantees the shares instead of hoping for them.',
    check: [{ metric: 'mean-score', min: 0.85 }],
  },
];
