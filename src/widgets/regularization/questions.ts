import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'reg-degree15',
    prompt: 'Thirty noisy points of sin x. A degree-15 polynomial without a penalty has the lowest training error of all degrees. Its test error is…',
    choices: ['the lowest too', 'about that of degree 5', 'by far the highest'],
    answer: 2,
    state: 'degree=15&penalty=none',
    explain:
      'Sixteen coefficients bend the curve through the noise of thirty points; between and beyond them it swings wildly. Training MSE 0.034, test MSE in the thousands (degree 5: 0.05 and 0.12): a low training error can be the worst model.',
    check: [{ metric: 'train-mse', max: 0.04 }, { metric: 'test-mse', min: 100 }],
  },
  {
    id: 'reg-ridge-variance',
    prompt: 'Degree 12 without a penalty: over 20 resampled training sets the variance part of the test error is in the thousands. Add Ridge with α = 0.1. The variance…',
    choices: ['stays in the thousands: the degree is the same', 'falls below 1, with bias² still small'],
    answer: 1,
    state: 'degree=12&penalty=ridge&alpha=0.1&sets=20&steps=20',
    explain:
      'The penalty keeps the coefficients small, so the twenty fitted curves stop swinging apart (variance ≈ 0.14 instead of ≈ 3,500) while their mean still follows sin x (bias² ≈ 0.02). Regularisation trades a little bias for a lot less variance.',
    check: [{ metric: 'variance', max: 1 }, { metric: 'bias2', max: 0.1 }],
  },
];
