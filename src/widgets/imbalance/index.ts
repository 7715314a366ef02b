import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'imbalance',
  title: 'Imbalanced classes',
  area: 'data-preparation',
  order: 40,
  blurb: 'Make the positive class rare: the accuracy paradox, then class weights, over- and under-sampling, SMOTE and threshold moving on one test set.',
  load: () => import('./Widget.svelte'),
};
