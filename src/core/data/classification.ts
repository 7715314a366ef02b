/**
 * A classification problem with features of known roles, after scikit-learn's make_classification (not its exact
 * draws): nInformative features in which each class is a Gaussian cloud around its own vertex of a hypercube of side
 * 2·classSep; nRedundant features that are random linear combinations of the informative ones (they carry the same
 * signal again, nothing new); nNoise features of pure N(0, 1) noise, independent of the class. Columns come in that
 * order, and `roles` names each, so a lesson can colour a ranking by the truth.
 */
import { toRng } from '../random';
import { checkCount } from '../validation';
import type { Dataset } from './types';

export type FeatureRole = 'informative' | 'redundant' | 'noise';

export interface ClassificationOptions {
  n?: number;
  nInformative?: number;
  nRedundant?: number;
  nNoise?: number;
  /** Distance of the class centres from the origin along each informative axis. Default 1. */
  classSep?: number;
  nClasses?: number;
  /** Share of class 1 when there are two classes (the rest are class 0). Default 0.5. */
  weight1?: number;
  seed?: number;
}

export function makeClassification(options: ClassificationOptions = {}): Dataset & { roles: FeatureRole[] } {
  const { n = 100, nInformative = 2, nRedundant = 2, nNoise = 2, classSep = 1, nClasses = 2, weight1 = 0.5, seed = 0 } = options;
  checkCount(n);
  const whole = (v: number, name: string, min: number) => {
    if (!Number.isInteger(v) || v < min) throw new RangeError(`makeClassification: ${name} must be an integer ≥ ${min}; got ${v}`);
  };
  whole(nInformative, 'nInformative', 1); whole(nRedundant, 'nRedundant', 0); whole(nNoise, 'nNoise', 0); whole(nClasses, 'nClasses', 2);
  if (nClasses > 2 ** nInformative) throw new RangeError(`makeClassification: ${nClasses} classes need at least ${Math.ceil(Math.log2(nClasses))} informative features (one hypercube vertex per class)`);
  if (!(weight1 > 0 && weight1 < 1)) throw new RangeError(`makeClassification: weight1 must be in (0, 1); got ${weight1}`);
  const rng = toRng(seed);
  // Each class sits at a vertex of the hypercube (±classSep on every informative axis), as scikit-learn's. Two classes
  // take opposite vertices, so every informative feature separates them; more classes take vertex c XOR a random mask.
  const mask = Array.from({ length: nInformative }, () => rng.int(2));
  const centre = (c: number) => Array.from({ length: nInformative }, (_, b) => {
    const bit = nClasses === 2 ? (mask[b] ^ c) : (mask[b] ^ ((c >> b) & 1));
    return bit ? classSep : -classSep;
  });
  const mix = Array.from({ length: nInformative }, () => Array.from({ length: nRedundant }, () => rng.uniform(-1, 1)));
  const n1 = nClasses === 2 ? Math.round(n * weight1) : 0;
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = nClasses === 2 ? (i < n1 ? 1 : 0) : i % nClasses;
    const inf = centre(c).map((m) => m + rng.normal());
    const red = Array.from({ length: nRedundant }, (_, r) => inf.reduce((s, v, b) => s + v * mix[b][r], 0));
    const noise = Array.from({ length: nNoise }, () => rng.normal());
    X.push([...inf, ...red, ...noise]);
    y.push(c);
  }
  const order = rng.permutation(n);
  const roles: FeatureRole[] = [
    ...Array<FeatureRole>(nInformative).fill('informative'), ...Array<FeatureRole>(nRedundant).fill('redundant'), ...Array<FeatureRole>(nNoise).fill('noise'),
  ];
  return { X: order.map((i) => X[i]), y: order.map((i) => y[i]), roles };
}
