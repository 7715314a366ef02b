/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Make the positive class rare: the accuracy paradox, then class weights, over- and under-sampling, SMOTE and threshold moving on one test set.';
