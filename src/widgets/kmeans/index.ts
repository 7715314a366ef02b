import type { WidgetEntry } from '../types';
import { schema } from './params';

export const entry: WidgetEntry = {
  name: 'kmeans',
  title: 'k-means clustering',
  area: 'algorithms',
  order: 20,
  blurb: 'Step through assign → update with Voronoi cells and centre trails; drag a bad start; elbow and silhouette against k.',
  schema,
  thumbnail: 'thumbs/kmeans.jpg',
  load: () => import('./Widget.svelte'),
};
