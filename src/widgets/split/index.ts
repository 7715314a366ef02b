import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'split',
  title: 'Train/test split',
  area: 'data-preparation',
  order: 25,
  load: () => import('./Widget.svelte'),
};
