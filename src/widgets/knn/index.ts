import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'knn',
  title: 'k-nearest neighbours',
  area: 'algorithms',
  order: 10,
  thumbnail: 'thumbs/knn.jpg',
  load: () => import('./Widget.svelte'),
};
