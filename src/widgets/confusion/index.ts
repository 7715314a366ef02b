import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'confusion',
  title: 'Confusion matrix & threshold',
  area: 'model-evaluation',
  order: 10,
  thumbnail: 'thumbs/confusion.jpg',
  load: () => import('./Widget.svelte'),
};
