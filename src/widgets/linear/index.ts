import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'linear',
  title: 'Linear regression',
  area: 'ml-concepts',
  order: 5,
  thumbnail: 'thumbs/linear.jpg',
  load: () => import('./Widget.svelte'),
};
