import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'tree',
  title: 'Decision tree, grown live',
  area: 'algorithms',
  order: 40,
  thumbnail: 'thumbs/tree.jpg',
  load: () => import('./Widget.svelte'),
};
