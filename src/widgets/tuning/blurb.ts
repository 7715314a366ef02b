/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Grid and random search side by side on the same budget; CV scores filling a heat map live, test vs CV, validation and learning curves.';
