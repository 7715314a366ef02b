// Parameter rows shared by the confusion-matrix and ROC widgets (same score sources, same meaning).
// The gallery loads every widget's schema: only plain-data imports (the data-set table) here.
import { datasetOptions } from '../../core/datasets/catalog';

export const SOURCE_OPTIONS = [
  { value: 'dist', label: 'Two score distributions' },
  { value: 'model', label: 'Model trained live' },
] as const;

/** The binary 2-D problems of the data-set table. */
export const MODEL_DATASETS = datasetOptions({ kind: 'classification', nClasses: 2, nFeatures: 2 });
/** The data sets with three or more classes (the confusion widget's multiclass source). */
export const MULTICLASS_DATASETS = datasetOptions({ kind: ['classification', 'tabular'], nClasses: { min: 3, max: 4 } }, { iris: 'Iris (3 species)' });

// Which rows apply to which score source (the confusion widget adds a third, multiclass source).
const fromDistributions = (v: Readonly<Record<string, unknown>>) => v.source === 'dist';
const fromModel = (v: Readonly<Record<string, unknown>>) => v.source === 'model';
/** Rows about binary scores (both binary sources), not shown for the confusion widget's multiclass source. */
export const binaryOnly = (v: Readonly<Record<string, unknown>>) => v.source === 'dist' || v.source === 'model';

export const separation = { name: 'separation', affects: 'data', type: 'number', default: 1.5, min: 0, max: 5, step: 0.1, label: 'Separation (d′)', help: 'Distance between the two classes’ latent score means, in standard deviations. 0 = the model cannot tell the classes apart; 3+ = nearly perfect.', group: 'Score distributions', visibleIf: fromDistributions } as const;
export const positiveShare = { name: 'positiveShare', affects: 'data', type: 'number', default: 0.3, min: 0.02, max: 0.98, step: 0.01, label: 'Positive share', help: 'Fraction of samples in the positive class (class balance). In model mode, positives or negatives are subsampled to reach it.', group: 'Score distributions', visibleIf: binaryOnly } as const;
export const nSamples = { name: 'n', affects: 'data', type: 'int', default: 400, min: 40, max: 5000, step: 20, label: 'Samples', help: 'How many scored samples (model mode: points generated, half of them held out for testing).', group: 'Score distributions', visibleIf: binaryOnly } as const;
export const dataset = { name: 'dataset', affects: 'data', type: 'enum', default: 'moons', options: MODEL_DATASETS, label: 'Data set', help: 'The 2-D problem the logistic regression (features x₁, x₂, x₁², x₂², x₁x₂) learns; scores are its P(class 1) on the held-out half.', group: 'Trained model', visibleIf: fromModel } as const;
export const noise = { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap in the data (0 = clean shapes).', group: 'Trained model', visibleIf: fromModel } as const;
export const seed = { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same scores.', group: 'Scores' } as const;
export const threshold = { name: 'threshold', affects: 'view', type: 'number', default: 0.5, min: 0, max: 1, step: 0.001, hidden: true, label: 'Threshold', help: 'Predict positive when score ≥ threshold.' } as const;
export const steps = { name: 'steps', affects: 'view', type: 'int', default: 150, min: 0, max: 20000, hidden: true, label: 'Updates done', help: 'Gradient updates of the live model; a shared link replays them.' } as const;
