/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Grow a CART tree split by split on data you can change: boxes on the plot, the tree beside it, pruning and overfitting against depth.';
