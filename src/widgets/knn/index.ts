import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'knn',
  title: 'k-nearest neighbours',
  area: 'algorithms',
  order: 10,
  blurb: 'Decision regions that redraw as you change k, the distance, the weights, or drag a point; over- and underfitting against k.',
  thumbnail: 'thumbs/knn.jpg',
  load: () => import('./Widget.svelte'),
};
