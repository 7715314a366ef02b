import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'rnn',
  title: 'Recurrent networks: RNN, LSTM, GRU',
  area: 'deep-learning',
  order: 20,
  blurb: 'Train a character-level language model, a memory task and a weather forecast live, and look at hidden states, LSTM gates and vanishing gradients.',
  thumbnail: 'thumbs/rnn.jpg',
  load: () => import('./Widget.svelte'),
};
