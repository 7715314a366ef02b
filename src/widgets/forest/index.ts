import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'forest',
  title: 'Random forest, tree by tree',
  area: 'algorithms',
  order: 41,
  thumbnail: 'thumbs/forest.jpg',
  load: () => import('./Widget.svelte'),
};
