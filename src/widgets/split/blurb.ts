/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Shuffle, stratify, test size: which samples a model is tested on, and how much one split’s score can mislead.';
