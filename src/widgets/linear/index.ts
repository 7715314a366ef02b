import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'linear',
  title: 'Linear regression',
  area: 'ml-concepts',
  order: 5,
  blurb: 'Drag points and watch least squares answer at once while gradient descent walks the loss bowl: residual squares, learning rate, scaling, outliers.',
  thumbnail: 'thumbs/linear.jpg',
  load: () => import('./Widget.svelte'),
};
