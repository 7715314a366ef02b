/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Drag points and watch the principal axes turn; project iris and digits to 2-D; rebuild digits from m components.';
