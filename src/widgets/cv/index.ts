import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'cv',
  title: 'Cross-validation',
  area: 'ml-concepts',
  order: 30,
  blurb: 'Folds as bands over the samples, one trained model and score per fold; KFold, stratified, grouped, leave-one-out.',
  load: () => import('./Widget.svelte'),
};
