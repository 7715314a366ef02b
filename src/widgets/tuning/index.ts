import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'tuning',
  title: 'Hyperparameter search',
  area: 'ml-concepts',
  order: 35,
  load: () => import('./Widget.svelte'),
};
