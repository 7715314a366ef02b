/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Decision regions that redraw as you change k, the distance, the weights, or drag a point; over- and underfitting against k.';
