// The shipped tables #/linear fits with several features (datasets/SOURCES.md): which columns, to predict what.
// Plain data, shared by the widget's loader (multi-shipped.ts) and the scikit-learn fixture's inputs.

export interface MultiSpec {
  /** The file under datasets/ */
  file: string;
  label: string;
  target: string;
  /** In this order; rows with a gap in any of them or in the target are left out (they are counted). */
  features: string[];
}

// Penguins: flipper length from the beak and the body mass. The mass is in grams, the rest in millimetres, so the
// mass's raw coefficient looks negligible (mm per gram) while, per standard deviation, it is the strongest feature.
export const MULTI_SPECS: Record<'penguins' | 'weather', MultiSpec> = {
  penguins: {
    file: 'penguins.csv',
    label: 'Palmer penguins',
    target: 'Flipper Length (mm)',
    features: ['Beak Length (mm)', 'Beak Depth (mm)', 'Body Mass (g)'],
  },
  weather: {
    file: 'seattle-weather.csv',
    label: 'Seattle weather',
    target: 'temp_max',
    features: ['temp_min', 'precipitation', 'wind'],
  },
};

/** The share of rows held out to score the fits (a fixed quarter, split by the widget's seed). */
export const MULTI_TEST_SHARE = 0.25;
