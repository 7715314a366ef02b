export type { Dataset, GeneratorOptions } from './types';
export { makeMoons, makeCircles, makeBlobs } from './sklearn-shapes';
export type { CirclesOptions, BlobsOptions } from './sklearn-shapes';
export { makeXor, makeSpiral, makeLinearlySeparable } from './playground-shapes';
export type { SpiralOptions, LinearOptions } from './playground-shapes';
export { DATASETS_2D, DATASET_2D_NAMES } from './registry';
export type { Dataset2DSpec, Dataset2DName, Domain2D } from './registry';
export { trainTestSplit, splitSizes } from './split';
export type { TrainTestSplitOptions, TrainTestSplit } from './split';
