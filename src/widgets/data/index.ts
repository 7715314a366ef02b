import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'data',
  title: 'The data lab',
  area: 'data-preparation',
  order: 5,
  blurb: 'Load a table (penguins, Seattle weather or your own CSV, kept in your browser), see every column’s kind and gaps, then prepare it for a model.',
  load: () => import('./Widget.svelte'),
};
