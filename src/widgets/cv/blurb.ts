/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Folds as bands over the samples, one trained model and score per fold; KFold, stratified, grouped, leave-one-out.';
