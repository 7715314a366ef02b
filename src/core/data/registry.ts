// The 2-D data sets a widget can offer in a select. Each entry generates binary (or K-class) data in its own
// coordinates and gives a fixed square plotting domain that holds the clean points with room for noise up to
// `defaultNoise` (larger noise can push points outside: clip or let them fall off the plot).
import type { Dataset } from './types';
import { makeBlobs, makeCircles, makeMoons } from './sklearn-shapes';
import { makeLinearlySeparable, makeSpiral, makeXor } from './playground-shapes';

export interface Domain2D {
  x: [number, number];
  y: [number, number];
}

export interface Dataset2DSpec {
  /** Human label for a select. */
  label: string;
  /** Generate `n` points with Gaussian noise of std `noise` (in this data set's own units). */
  generate: (options: { n: number; noise: number; seed: number }) => Dataset;
  /** Fixed plotting domain (square). */
  domain: Domain2D;
  /** A noise level that shows the shape well, and the largest that still makes sense for a slider. */
  defaultNoise: number;
  maxNoise: number;
  /** Number of classes the generator produces. */
  nClasses: number;
}

const square = (h: number, cx = 0, cy = 0): Domain2D => ({ x: [cx - h, cx + h], y: [cy - h, cy + h] });

export const DATASETS_2D = {
  linear: {
    label: 'Linearly separable',
    generate: (o) => makeLinearlySeparable(o),
    domain: square(1.5),
    defaultNoise: 0.05,
    maxNoise: 0.5,
    nClasses: 2,
  },
  blobs: {
    label: 'Gaussian blobs',
    generate: (o) => makeBlobs({ ...o, centers: [[-1, -1], [1, 1]] }),
    domain: square(3),
    defaultNoise: 0.6,
    maxNoise: 1.5,
    nClasses: 2,
  },
  moons: {
    label: 'Two moons',
    generate: (o) => makeMoons(o),
    domain: square(2, 0.5, 0.25),
    defaultNoise: 0.15,
    maxNoise: 0.5,
    nClasses: 2,
  },
  circles: {
    label: 'Circles',
    generate: (o) => makeCircles({ ...o, factor: 0.5 }),
    domain: square(1.5),
    defaultNoise: 0.08,
    maxNoise: 0.3,
    nClasses: 2,
  },
  xor: {
    label: 'XOR',
    generate: (o) => makeXor(o),
    domain: square(1.5),
    defaultNoise: 0.08,
    maxNoise: 0.5,
    nClasses: 2,
  },
  spiral: {
    label: 'Spiral',
    generate: (o) => makeSpiral(o),
    domain: square(1.5),
    defaultNoise: 0.05,
    maxNoise: 0.3,
    nClasses: 2,
  },
} satisfies Record<string, Dataset2DSpec>;

export type Dataset2DName = keyof typeof DATASETS_2D;

/** The names in a stable order, for a select. */
export const DATASET_2D_NAMES = Object.keys(DATASETS_2D) as Dataset2DName[];
