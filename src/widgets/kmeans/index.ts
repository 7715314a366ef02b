import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'kmeans',
  title: 'k-means clustering',
  area: 'algorithms',
  order: 20,
  blurb: 'Step through assign → update with Voronoi cells and centre trails; drag a bad start; elbow and silhouette against k.',
  thumbnail: 'thumbs/kmeans.jpg',
  load: () => import('./Widget.svelte'),
};
