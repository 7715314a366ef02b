import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'imbalance',
  title: 'Imbalanced classes',
  area: 'data-preparation',
  order: 40,
  thumbnail: 'thumbs/imbalance.jpg',
  load: () => import('./Widget.svelte'),
};
