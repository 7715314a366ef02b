import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'tuning',
  title: 'Hyperparameter search',
  area: 'ml-concepts',
  order: 35,
  thumbnail: 'thumbs/tuning.jpg',
  load: () => import('./Widget.svelte'),
};
