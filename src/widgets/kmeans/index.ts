import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'kmeans',
  title: 'k-means clustering',
  area: 'algorithms',
  order: 20,
  thumbnail: 'thumbs/kmeans.jpg',
  load: () => import('./Widget.svelte'),
};
