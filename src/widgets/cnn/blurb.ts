/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Train a convolutional network on MNIST in your browser, look at its filters and feature maps, and test it on digits you draw.';
