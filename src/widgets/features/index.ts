import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'features',
  title: 'Feature selection',
  area: 'data-preparation',
  order: 50,
  blurb: 'Informative, redundant and noise features ranked five ways; the test score as features are kept, and kNN drowning in noise.',
  load: () => import('./Widget.svelte'),
};
