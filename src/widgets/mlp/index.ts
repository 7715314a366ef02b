import type { WidgetEntry } from '../types';

export const entry: WidgetEntry = {
  name: 'mlp',
  title: 'Neural network playground',
  area: 'deep-learning',
  order: 5,
  blurb: 'TensorFlow Playground in your browser: stack layers and neurons, pick features and activations, and watch every neuron learn.',
  thumbnail: 'thumbs/mlp.jpg',
  load: () => import('./Widget.svelte'),
};
