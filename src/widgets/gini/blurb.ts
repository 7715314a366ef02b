/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Drag a split line: left/right counts, each side’s impurity, the weighted impurity and the decrease, with the best split marked.';
