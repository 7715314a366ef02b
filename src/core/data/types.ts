/** A generated data set: rows of points and one label per row (an integer class, or a real target for regression). */
export interface Dataset {
  X: number[][];
  y: number[];
}

/** Options every generator takes. */
export interface GeneratorOptions {
  /** Number of points (integer ≥ 0). Default 100, as scikit-learn. */
  n?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  noise?: number;
  /** Seed for the shuffling and the noise: the same seed gives the same data. */
  seed?: number;
  /** Shuffle the rows (default true, as scikit-learn). Unshuffled rows come class by class. */
  shuffle?: boolean;
}
