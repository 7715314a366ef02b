import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'features',
  title: 'Feature selection',
  area: 'data-preparation',
  order: 50,
  thumbnail: 'thumbs/features.jpg',
  load: () => import('./Widget.svelte'),
};
