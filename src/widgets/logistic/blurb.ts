/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Gradient descent live: learning rate, batch size, L1 vs L2, feature crosses, decision boundary and loss.';
