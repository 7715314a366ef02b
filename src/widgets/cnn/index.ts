import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'cnn',
  title: 'A tiny CNN on handwritten digits',
  area: 'deep-learning',
  order: 10,
  thumbnail: 'thumbs/cnn.jpg',
  load: () => import('./Widget.svelte'),
};
