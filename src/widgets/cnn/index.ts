import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'cnn',
  title: 'A tiny CNN on handwritten digits',
  area: 'deep-learning',
  order: 10,
  blurb: 'Train a convolutional network on MNIST in your browser, look at its filters and feature maps, and test it on digits you draw.',
  thumbnail: 'thumbs/cnn.jpg',
  load: () => import('./Widget.svelte'),
};
