import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'mlp',
  title: 'Neural network playground',
  area: 'deep-learning',
  order: 5,
  thumbnail: 'thumbs/mlp.jpg',
  load: () => import('./Widget.svelte'),
};
