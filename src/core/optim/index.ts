export { createOptimizer, softThreshold, OPTIMIZER_NAMES, ALL_OPTIMIZER_NAMES } from './optimizers';
export type { AnyOptimizerName, Optimizer, OptimizerName, OptimizerOptions, OptimizerSnapshot } from './optimizers';
