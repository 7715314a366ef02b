import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'regularization',
  title: 'Regularisation and bias–variance',
  area: 'ml-concepts',
  order: 6,
  thumbnail: 'thumbs/regularization.jpg',
  load: () => import('./Widget.svelte'),
};
