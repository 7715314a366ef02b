import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'split',
  title: 'Train/test split',
  area: 'data-preparation',
  order: 25,
  blurb: 'Shuffle, stratify, test size: which samples a model is tested on, and how much one split’s score can mislead.',
  load: () => import('./Widget.svelte'),
};
