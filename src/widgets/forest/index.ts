import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'forest',
  title: 'Random forest, tree by tree',
  area: 'algorithms',
  order: 41,
  load: () => import('./Widget.svelte'),
};
