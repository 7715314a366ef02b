export { accuracyScore, logLoss } from './basic';
export type { LogLossOptions } from './basic';
