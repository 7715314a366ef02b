import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'mlp-no-hidden',
    prompt: 'Circle data, no hidden layer, inputs x₁ and x₂ only, 300 epochs. The test accuracy is…',
    choices: ['near 100 %: enough epochs fix it', 'near 50 %: one linear boundary cannot enclose a circle'],
    answer: 1,
    state: 'layers=&steps=300',
    explain:
      'Without a hidden layer the network is logistic regression: its boundary is one straight line, and no line separates the inside of a circle from the outside, so it stays near chance (48 %). Hidden neurons, or better features, are what bend the boundary.',
    check: [{ metric: 'test-score', max: 0.65 }],
  },
  {
    id: 'mlp-features',
    prompt: 'Still no hidden layer, but you add the inputs x₁² and x₂². After 300 epochs the test accuracy is…',
    choices: ['still near 50 %', 'near 100 %'],
    answer: 1,
    state: 'features=x1%2Cx2%2Cx1%5E2%2Cx2%5E2&layers=&steps=300',
    explain:
      'x₁² + x₂² is the squared distance from the centre, so a circle is a straight cut in those features: the same linear model now separates the classes (100 % here). Good features can replace neurons; the network’s hidden layers learn such features when you do not give them.',
    check: [{ metric: 'test-score', min: 0.95 }],
  },
];
