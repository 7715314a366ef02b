import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'forest',
  title: 'Random forest, tree by tree',
  area: 'algorithms',
  order: 41,
  blurb: 'A forest grown tree by tree: bootstrap samples, each tree’s boxes, the averaged vote, test and out-of-bag accuracy settling, two feature importances.',
  load: () => import('./Widget.svelte'),
};
