import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'logistic',
  title: 'Logistic regression',
  area: 'ml-concepts',
  order: 10,
  thumbnail: 'thumbs/logistic.jpg',
  load: () => import('./Widget.svelte'),
};
