/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'A forest grown tree by tree: bootstrap samples, each tree’s boxes, the averaged vote, test and out-of-bag accuracy settling, two feature importances.';
