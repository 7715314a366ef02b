import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'svm',
  title: 'Support vector machines',
  area: 'algorithms',
  order: 50,
  blurb: 'Click points, pick a kernel, slide C and γ: the margin, support vectors, slack and dual coefficients live, and SMO solving the dual pair by pair.',
  load: () => import('./Widget.svelte'),
};
