export { RandomForestClassifier, RandomForestRegressor } from './random-forest';
export type { RandomForestClassifierOptions, RandomForestRegressorOptions } from './random-forest';
export type { RandomForestBaseOptions, ForestStep } from './forest-base';
