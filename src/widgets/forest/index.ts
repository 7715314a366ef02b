import type { WidgetEntry } from '../types';
import { schema } from './params';

export const entry: WidgetEntry = {
  name: 'forest',
  title: 'Random forest, tree by tree',
  area: 'algorithms',
  order: 41,
  blurb: 'Grow a random forest one tree at a time: each tree’s bootstrap sample and boxes, the averaged vote map, test and out-of-bag accuracy settling as trees are added, and two kinds of feature importance.',
  schema,
  load: () => import('./Widget.svelte'),
};
