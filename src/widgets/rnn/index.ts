import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'rnn',
  title: 'Recurrent networks: RNN, LSTM, GRU',
  area: 'deep-learning',
  order: 20,
  thumbnail: 'thumbs/rnn.jpg',
  load: () => import('./Widget.svelte'),
};
