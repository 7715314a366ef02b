/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Train a character-level language model, a memory task and a weather forecast live, and look at hidden states, LSTM gates and vanishing gradients.';
