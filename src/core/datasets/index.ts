export { parseIrisCsv, parseDigits, IRIS_TARGET_NAMES, DIGITS_SIDE, DIGITS_N_FEATURES } from './parse';
export type { LabelledDataset } from './parse';
export { DATASETS, DATASET_NAMES, datasetNamed, datasetsFor, datasetOptions, isDatasetName, isGenerated, noiseAt } from './catalog';
export type { DatasetDomain, DatasetInfo, DatasetKind, DatasetName, DatasetQuery } from './catalog';
export { parseTopicsTsv, parseDocumentLines, textProblem } from './text';
export type { TextCorpus } from './text';
