/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Drag points and watch least squares answer at once while gradient descent walks the loss bowl: residual squares, learning rate, scaling, outliers.';
