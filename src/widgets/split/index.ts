import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'split',
  title: 'Train/test split',
  area: 'data-preparation',
  order: 25,
  thumbnail: 'thumbs/split.jpg',
  load: () => import('./Widget.svelte'),
};
