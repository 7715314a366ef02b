/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Your own CSV or a shipped table: kinds, gaps, preparation.';
