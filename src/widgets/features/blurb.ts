/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Informative, redundant and noise features ranked five ways; the test score as features are kept, and kNN drowning in noise.';
