export { StandardScaler } from './standard-scaler';
export type { StandardScalerOptions, StandardScalerParams } from './standard-scaler';
export { PolynomialFeatures } from './polynomial-features';
export type { PolynomialFeaturesOptions, PolynomialFeaturesParams } from './polynomial-features';
export { FEATURES, FEATURE_NAMES, FEATURE_LABELS, expandFeatures, featurizer, isFeatureName } from './features';
export type { FeatureName, FeatureKind, Featurizer } from './features';
