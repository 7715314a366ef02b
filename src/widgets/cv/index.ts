import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'cv',
  title: 'Cross-validation',
  area: 'ml-concepts',
  order: 30,
  thumbnail: 'thumbs/cv.jpg',
  load: () => import('./Widget.svelte'),
};
