import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'logistic-line',
    prompt: 'Two moons, inputs x₁ and x₂ only, 300 updates of gradient descent. Can the boundary bend around the moons?',
    choices: ['Yes: with enough training it bends', 'No: it stays a straight line, and some points stay on the wrong side'],
    answer: 1,
    state: 'dataset=moons&steps=300',
    explain:
      'Logistic regression is linear in its input features: with x₁ and x₂ the boundary w·x + b = 0 is a straight line however long it trains, and training accuracy stops near 89 %. Adding x₁², x₂² or x₁x₂ lets the same linear model draw curves.',
    check: [{ metric: 'train-accuracy', max: 0.95 }],
  },
  {
    id: 'logistic-features',
    prompt: 'Circles: with x₁ and x₂ the model is stuck near 50 %. You add x₁² and x₂². After 300 updates the test accuracy is…',
    choices: ['still about 50 %', 'close to 100 %'],
    answer: 1,
    state: 'dataset=circles&features=x1,x2,x1%5E2,x2%5E2&steps=300',
    explain:
      'w₁x₁² + w₂x₂² + b = 0 is a circle: in the new features the classes are linearly separable. This is feature engineering, and the idea behind kernels.',
    check: [{ metric: 'test-accuracy', min: 0.95 }],
  },
];
