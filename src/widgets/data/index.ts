import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'data',
  title: 'The data lab',
  area: 'data-preparation',
  order: 5,
  load: () => import('./Widget.svelte'),
};
