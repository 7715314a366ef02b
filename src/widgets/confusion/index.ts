import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'confusion',
  title: 'Confusion matrix & threshold',
  area: 'model-evaluation',
  order: 10,
  blurb: 'Slide the decision threshold: TP, FP, FN, TN and precision, recall, specificity, F1, MCC move together.',
  thumbnail: 'thumbs/confusion.jpg',
  load: () => import('./Widget.svelte'),
};
