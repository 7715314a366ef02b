import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'lda',
  title: 'LDA topic model',
  area: 'algorithms',
  order: 60,
  thumbnail: 'thumbs/lda.jpg',
  load: () => import('./Widget.svelte'),
};
