import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'roc',
  title: 'ROC & precision-recall curves',
  area: 'model-evaluation',
  order: 20,
  blurb: 'Drag the threshold along the ROC curve; watch AUC ignore class imbalance while the PR curve drops.',
  thumbnail: 'thumbs/roc.jpg',
  load: () => import('./Widget.svelte'),
};
