import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'roc',
  title: 'ROC & precision-recall curves',
  area: 'model-evaluation',
  order: 20,
  thumbnail: 'thumbs/roc.jpg',
  load: () => import('./Widget.svelte'),
};
