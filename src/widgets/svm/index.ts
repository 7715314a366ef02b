import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'svm',
  title: 'Support vector machines',
  area: 'algorithms',
  order: 50,
  thumbnail: 'thumbs/svm.jpg',
  load: () => import('./Widget.svelte'),
};
