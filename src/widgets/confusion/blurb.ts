/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Slide the decision threshold: TP, FP, FN, TN and precision, recall, specificity, F1, MCC move together.';
