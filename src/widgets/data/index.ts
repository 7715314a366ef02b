import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'data',
  title: 'The data lab',
  area: 'data-preparation',
  order: 5,
  blurb: 'Your own CSV or a shipped table: kinds, gaps, preparation.',
  load: () => import('./Widget.svelte'),
};
