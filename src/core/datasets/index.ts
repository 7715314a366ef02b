export { parseIrisCsv, parseDigits, IRIS_TARGET_NAMES, DIGITS_SIDE, DIGITS_N_FEATURES } from './parse';
export type { LabelledDataset } from './parse';
