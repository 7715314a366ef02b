/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'TensorFlow Playground in your browser: stack layers and neurons, pick features and activations, and watch every neuron learn.';
