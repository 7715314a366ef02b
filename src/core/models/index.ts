// The models, one folder per family as scikit-learn's packages (sklearn.linear_model, sklearn.neighbors, ...).
export * from './linear';
export * from './neighbors';
export * from './cluster';
export * from './decomposition';
export * from './tree';
export * from './ensemble';
export * from './svm';
export { MLPClassifier, MLPRegressor } from './neural_network/multilayer-perceptron';
export type { MLPOptions, MLPParams, MlpActivation, MlpSolver } from './neural_network/multilayer-perceptron';
