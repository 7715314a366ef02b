// Builders of the generated data sets in the table (catalog.ts): each turns (n, noise, seed) into rows through one
// of core/data's generators. The parameters fixed here (blob centres, circle factor) are part of a data set's
// identity: changing one changes what every link naming the set shows.
import {
  makeBlobs, makeCircles, makeFriedman1, makeGaussianBumps, makeLine, makePlane, makeLinearlySeparable, makeMoons, makeSine, makeSpiral, makeXor,
} from '../data';
import type { Builder } from './builder';
import { classNames } from './builder';

const XY = ['x₁', 'x₂'];
const labelled2d = (d: { X: number[][]; y: number[] }, k: number) => ({ X: d.X, y: d.y, featureNames: XY, targetNames: classNames(k) });
const regression = (d: { X: number[][]; y: number[] }, featureNames: string[]) => ({ X: d.X, y: d.y, featureNames, targetNames: [] });

export const GENERATED = {
  linear: (o) => labelled2d(makeLinearlySeparable(o), 2),
  // Two fixed centres for the classification lesson; with a cluster count, that many random centres in [−5, 5]²
  // (the k-means lesson, where the algorithm is not told the count).
  blobs: (o) =>
    o.clusters === undefined
      ? labelled2d(makeBlobs({ n: o.n, noise: o.noise, seed: o.seed, centers: [[-1, -1], [1, 1]] }), 2)
      : labelled2d(makeBlobs({ n: o.n, noise: o.noise, seed: o.seed, centers: o.clusters, centerBox: [-5, 5] }), o.clusters),
  moons: (o) => labelled2d(makeMoons(o), 2),
  circles: (o) => labelled2d(makeCircles({ ...o, factor: 0.5 }), 2),
  xor: (o) => labelled2d(makeXor(o), 2),
  spiral: (o) => labelled2d(makeSpiral(o), 2),
  blobs3: (o) => labelled2d(makeBlobs({ ...o, centers: [[-1.6, -1], [1.6, -1], [0, 1.8]] }), 3),
  spiral3: (o) => labelled2d(makeSpiral({ ...o, nClasses: 3 }), 3),
  blobs4: (o) => labelled2d(makeBlobs({ ...o, centers: [[-2, -2], [2, -2], [2, 2], [-2, 2]] }), 4),
  sin1d: (o) => regression(makeSine(o), ['x']),
  line1d: (o) => regression(makeLine(o), ['x']),
  plane: (o) => regression(makePlane(o), XY),
  gauss2d: (o) => regression(makeGaussianBumps(o), XY),
  friedman1: (o) => regression(makeFriedman1(o), ['x₁', 'x₂', 'x₃', 'x₄', 'x₅']),
} satisfies Record<string, Builder>;
