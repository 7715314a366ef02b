export { RandomOverSampler, RandomUnderSampler } from './random-samplers';
export type { SamplerOptions, Resampled } from './random-samplers';
export { SMOTE } from './smote';
export type { SmoteOptions, SmoteSample } from './smote';
export type { SamplingStrategy } from './strategy';
