import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'pca',
  title: 'Principal component analysis',
  area: 'data-preparation',
  order: 10,
  blurb: 'Drag points and watch the principal axes turn; project iris and digits to 2-D; rebuild digits from m components.',
  thumbnail: 'thumbs/pca.jpg',
  load: () => import('./Widget.svelte'),
};
