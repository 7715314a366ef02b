// What a data-set builder takes and gives (see catalog.ts for the table and build.ts for building by name).
import type { LabelledDataset } from './parse';

export interface BuildOptions {
  /** Number of rows (generated sets). */
  n: number;
  /** Noise standard deviation in the data's own units (generated sets; see noiseAt for a slider in [0, 1]). */
  noise: number;
  seed: number;
  /** How many blobs to draw, for the sets the table marks `clusters`. */
  clusters?: number;
}

/** Rows, labels (integer classes, or real targets for regression) and names for both. */
export type BuiltDataset = LabelledDataset;

export type Builder = (o: BuildOptions) => BuiltDataset;
export type AsyncBuilder = (o: BuildOptions) => Promise<BuiltDataset>;

/** `class 0`, `class 1`, …: the names of generated classes. */
export const classNames = (k: number) => Array.from({ length: k }, (_, i) => `class ${i}`);
