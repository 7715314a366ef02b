import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'tree',
  title: 'Decision tree, grown live',
  area: 'algorithms',
  order: 40,
  blurb: 'Grow a CART tree split by split on data you can change: boxes on the plot, the tree beside it, pruning and overfitting against depth.',
  load: () => import('./Widget.svelte'),
};
