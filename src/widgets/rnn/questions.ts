import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path; tests/e2e/study.spec.ts opens each state and asserts its check.
// They ask about the network's size, which the page shows before any training (training takes minutes here).
export const questions: WidgetQuestion[] = [
  {
    id: 'rnn-lstm-weights',
    prompt: 'On the memory task a simple RNN with 32 units has 1,476 weights. Switch the cell to LSTM, still 32 units. The weights…',
    choices: ['stay about the same: the hidden state is still 32 numbers', 'almost quadruple'],
    answer: 1,
    state: 'task=memory&cell=lstm&units=32',
    explain:
      'An LSTM step computes four gated sums (input, forget and output gates, and the candidate), each with its own input matrix, recurrent matrix and bias: 4 · 32 · (9 + 32 + 1) + 33 · 4 = 5,508 weights. A GRU has three (4,164). The extra weights buy the gates that let it keep a symbol for many steps.',
    check: [{ metric: 'weights', min: 5000, max: 6000 }],
  },
  {
    id: 'rnn-units-square',
    prompt: 'An LSTM with 64 units on the memory task has 19,204 weights. Double the units to 128. The weights…',
    choices: ['double, to about 38,000', 'nearly quadruple, to about 71,000'],
    answer: 1,
    state: 'task=memory&cell=lstm&units=128',
    explain:
      'Every unit reads every unit of the previous step: the recurrent matrices are units × units, so their share grows with the square of the width (4 · 128 · (9 + 128 + 1) + 129 · 4 = 71,172). The cost of a training step grows about as fast, which is why the widget’s networks stay small.',
    check: [{ metric: 'weights', min: 70000, max: 72000 }],
  },
];
