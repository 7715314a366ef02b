export { accuracyScore, logLoss } from './basic';
export type { LogLossOptions } from './basic';
export { silhouetteScore, silhouetteSamples } from './silhouette';
export type { SilhouetteOptions } from './silhouette';
