import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'data',
  title: 'The data lab',
  area: 'data-preparation',
  order: 5,
  thumbnail: 'thumbs/data.jpg',
  load: () => import('./Widget.svelte'),
};
