/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Polynomials of degree 1–15 on noisy points: the U-shaped test error, ridge and lasso paths, bias² + variance + noise from real refits.';
