import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'logistic',
  title: 'Logistic regression',
  area: 'ml-concepts',
  order: 10,
  blurb: 'Gradient descent live: learning rate, batch size, L1 vs L2, feature crosses, decision boundary and loss.',
  thumbnail: 'thumbs/logistic.jpg',
  load: () => import('./Widget.svelte'),
};
