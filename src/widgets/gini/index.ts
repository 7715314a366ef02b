import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'gini',
  title: 'Gini impurity & splits',
  area: 'model-evaluation',
  order: 30,
  thumbnail: 'thumbs/gini.jpg',
  load: () => import('./Widget.svelte'),
};
