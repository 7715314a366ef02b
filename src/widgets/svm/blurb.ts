/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Click points, pick a kernel, slide C and γ: the margin, support vectors, slack and dual coefficients live, and SMO solving the dual pair by pair.';
