import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'tuning',
  title: 'Hyperparameter search',
  area: 'ml-concepts',
  order: 35,
  blurb: 'Grid vs random search, CV vs test, learning curves.',
  load: () => import('./Widget.svelte'),
};
