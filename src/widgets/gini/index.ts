import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'gini',
  title: 'Gini impurity & splits',
  area: 'model-evaluation',
  order: 30,
  blurb: 'Drag a split line: left/right counts, each side’s impurity, the weighted impurity and the decrease, with the best split marked.',
  thumbnail: 'thumbs/gini.jpg',
  load: () => import('./Widget.svelte'),
};
