/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Topics found live by Gibbs sampling or variational Bayes, drawn as LDAvis does.';
