import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'pca',
  title: 'Principal component analysis',
  area: 'data-preparation',
  order: 10,
  thumbnail: 'thumbs/pca.jpg',
  load: () => import('./Widget.svelte'),
};
