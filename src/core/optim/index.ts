export { createOptimizer, softThreshold, OPTIMIZER_NAMES } from './optimizers';
export type { Optimizer, OptimizerName, OptimizerOptions, OptimizerSnapshot } from './optimizers';
