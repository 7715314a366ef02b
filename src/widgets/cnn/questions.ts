import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check. Both are about where a CNN's weights sit, which the widget shows before any
// training (the count follows from the settings alone), so the check takes no minute of training.
export const questions: WidgetQuestion[] = [
  {
    id: 'cnn-no-downsampling',
    prompt: 'The default network (two conv layers, no dense layer) has 20,746 weights. You set Downsampling to "None". The weights become…',
    choices: [
      'about the same: a filter’s weights do not depend on the image size',
      'about 12 times as many',
      'fewer: without a stride the filters are simpler',
    ],
    answer: 1,
    state: 'pooling=none',
    explain:
      'The filters are unchanged (416 + 4,640 weights), but the output layer connects every value of the last feature maps to each of the 10 digits. Halved twice, those maps are 7×7×32 = 1,568 values; not halved, 28×28×32 = 25,088, so the output layer grows from 15,690 to 250,890 weights (255,946 in all). Downsampling is what keeps a CNN small, and it also makes the features tolerate small shifts.',
    check: [{ metric: 'weights', min: 250_000, max: 260_000 }],
  },
  {
    id: 'cnn-dense-weights',
    prompt: 'Back to the default, then add a dense layer of 128 units before the output. Where do most of the weights sit now?',
    choices: ['in the convolution filters, which do the real work', 'in the dense layer: about 200,000, forty times all the filters together'],
    answer: 1,
    state: 'dense=128',
    explain:
      'A filter is shared across every position of the image, so a whole conv layer costs only k×k×(input maps)×(filters) weights: 5,056 for both here. A dense layer connects each of the 1,568 feature values to each of its 128 units: 200,832 weights. Weight sharing is why convolutions scale to images; most overfitting capacity lives in the dense layers, which is where dropout goes.',
    check: [{ metric: 'weights', min: 200_000, max: 210_000 }],
  },
];
