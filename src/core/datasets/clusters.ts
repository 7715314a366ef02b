// Builders of the clustering data sets in the table (catalog.ts): the k-means lesson's shapes.
import { makeAnisoBlobs, makeUniformSquare, makeVariedBlobs } from '../data';
import { classNames, type Builder } from './builder';

const XY = ['x₁', 'x₂'];

export const CLUSTERS = {
  aniso: (o) => ({ ...makeAnisoBlobs(o), featureNames: XY, targetNames: classNames(o.clusters ?? 3) }),
  varied: (o) => ({ ...makeVariedBlobs(o), featureNames: XY, targetNames: classNames(o.clusters ?? 3) }),
  uniform: (o) => ({ ...makeUniformSquare(o), featureNames: XY, targetNames: classNames(1) }),
} satisfies Record<string, Builder>;
