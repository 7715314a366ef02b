/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Drag the threshold along the ROC curve; watch AUC ignore class imbalance while the PR curve drops.';
