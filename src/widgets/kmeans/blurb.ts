/** The gallery card's line (and the line under the title on the widget's page): loaded after first paint. */
export const blurb =
  'Step through assign → update with Voronoi cells and centre trails; drag a bad start; elbow and silhouette against k.';
