import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'regularization',
  title: 'Regularisation and bias–variance',
  area: 'ml-concepts',
  order: 6,
  blurb: 'Polynomials of degree 1–15 on noisy points: the U-shaped test error, ridge and lasso paths, bias² + variance + noise from real refits.',
  thumbnail: 'thumbs/regularization.jpg',
  load: () => import('./Widget.svelte'),
};
