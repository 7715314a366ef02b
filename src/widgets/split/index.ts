import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'split',
  title: 'Train/test split',
  area: 'data-preparation',
  order: 25,
  blurb: 'Shuffle, stratify, and see how noisy one split’s score is.',
  load: () => import('./Widget.svelte'),
};
