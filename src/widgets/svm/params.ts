import { datasetNamed, datasetOptions, isGenerated } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';
import { noTable, PLANE_ROWS, tableRow } from '../shared/table-params';

// Every 2-D classification problem of the data-set table (two to four classes) and the learner's own clicks.
// A plain-data file: the gallery may load it.
export const DATASET_OPTIONS = [
  ...datasetOptions({ kind: 'classification', nClasses: { min: 2, max: 4 }, nFeatures: 2 }),
  { value: 'clicks', label: 'Only the points I click' },
] as const;

export const KERNEL_OPTIONS = [
  { value: 'linear', label: 'Linear  K = x·z' },
  { value: 'poly', label: 'Polynomial  K = (γ x·z + r)ᵈ' },
  { value: 'rbf', label: 'RBF  K = exp(−γ‖x − z‖²)' },
] as const;

/** Most generated points: also the bound of a dragged point's row index. */
export const MAX_POINTS = 400;
/** Most clicked points. */
export const MAX_ADDED = 200;

/** Where γ comes from: the slider, or scikit-learn's 'scale' (its default) and 'auto' rules, fitted on the training rows. */
export const GAMMA_MODES = [
  { value: 'number', label: 'the slider' },
  { value: 'scale', label: "'scale' = 1/(d·Var X)" },
  { value: 'auto', label: "'auto' = 1/d" },
] as const;

/** Pairs of classes (one-vs-one), as 'a-b' with a < b: the pair whose f = 0 and f = ±1 the map draws with 3+ classes. */
export const PAIR_OPTIONS = [
  { value: 'none', label: 'none (the vote only)' },
  ...[[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]].map(([a, b]) => ({ value: `${a}-${b}`, label: `class ${a} vs class ${b}` })),
];

export const MAX_ITER_OPTIONS = [
  { value: '10', label: '10' },
  { value: '100', label: '100' },
  { value: '1000', label: '1,000' },
  { value: '10000', label: '10,000' },
  { value: '100000', label: '100,000' },
  { value: '1000000', label: '1,000,000' },
] as const;

// The rows that choose and shape a 2-D problem hide while the learner's table is chosen (its `table` row).
const generated = (v: Readonly<Record<string, unknown>>) => noTable(v) && isGenerated(v.dataset);
const kernelIs = (...k: string[]) => (v: Readonly<Record<string, unknown>>) => k.includes(v.kernel as string);

export const schema = defineSchema([
  tableRow('A table of numbers with the class label in the last column, such as the one the data lab prepares (its Output section opens it here). The SVC reads every column (three classes or more: one-vs-one, as scikit-learn’s SVC); the map shows a plane through them. It stays in this browser: links name it, never carry it.', 'class'),
  { name: 'dataset', affects: 'data', type: 'enum', default: 'moons', options: DATASET_OPTIONS, label: 'Data set', help: 'The 2-D classification problem. Three or four classes are solved one-vs-one (one SVM per pair of classes), as scikit-learn’s SVC. "Only the points I click" starts empty.', group: 'Data', visibleIf: noTable },
  { name: 'n', affects: 'data', type: 'int', default: 100, min: 20, max: MAX_POINTS, step: 10, label: 'Points', help: 'How many points are generated (before the train/test split).', group: 'Data', visibleIf: generated },
  { name: 'noise', affects: 'data', type: 'number', default: 0.3, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap, from none (0) to a lot (1).', group: 'Data', visibleIf: generated },
  { name: 'trainShare', affects: 'data', type: 'number', default: 0.7, min: 0.2, max: 0.9, step: 0.05, label: 'Train share', help: 'Fraction of the points the SVM is trained on; the rest (hollow) measure how well it generalises.', group: 'Data', visibleIf: (v) => !noTable(v) || v.dataset !== 'clicks' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data and split.', group: 'Data' },
  ...PLANE_ROWS,
  { name: 'standardize', affects: 'model', type: 'bool', default: false, label: 'Standardise features', help: 'Rescale each feature to mean 0 and variance 1 (fitted on the training points) before the SVM sees it. Kernels and the margin measure distances, so a feature with a larger scale dominates unless you scale.', group: 'Model' },
  { name: 'kernel', affects: 'model', type: 'enum', default: 'rbf', options: KERNEL_OPTIONS, label: 'Kernel', help: 'The similarity K(x, z) the SVM is linear in. Linear draws a straight boundary; polynomial and RBF draw curved ones (the kernel trick: a linear boundary in a feature space never built).', group: 'Model' },
  { name: 'C', affects: 'model', type: 'number', default: 1, min: 0.001, max: 1000, scale: 'log', label: 'C (inverse regularisation)', help: 'Penalty per unit of slack. Large C: few margin violations allowed, narrow margin, risk of overfitting. Small C: wide margin, many support vectors, a smoother model. C is an inverse strength: more C = less regularisation.', group: 'Model' },
  { name: 'gammaMode', affects: 'model', type: 'enum', default: 'number', options: GAMMA_MODES, label: 'γ from', help: 'A γ of your own (the slider), or scikit-learn’s rules: \'scale\' (SVC’s default) = 1/(n_features · Var(X)) over every value of the training features, so γ follows the data’s spread (and standardising); \'auto\' = 1/n_features.', group: 'Model', visibleIf: kernelIs('rbf', 'poly') },
  { name: 'gamma', affects: 'model', type: 'number', default: 1, min: 0.001, max: 100, scale: 'log', label: 'γ (kernel width)', help: 'RBF: how fast a support vector’s influence fades with distance (1/γ is a squared length). Large γ: islands around single points (overfitting); small γ: almost linear.', group: 'Model', visibleIf: kernelIs('rbf', 'poly'), enabledIf: (v) => v.gammaMode === 'number' },
  { name: 'degree', affects: 'model', type: 'int', default: 3, min: 1, max: 8, label: 'Degree d', help: 'The polynomial kernel’s degree.', group: 'Model', visibleIf: kernelIs('poly') },
  { name: 'coef0', affects: 'model', type: 'number', default: 1, min: 0, max: 5, step: 0.1, label: 'r (coef0)', help: 'The polynomial kernel’s constant: with r = 0 only the terms of degree exactly d remain.', group: 'Model', visibleIf: kernelIs('poly') },
  { name: 'mode', affects: 'model', type: 'enum', default: 'fit', options: [{ value: 'fit', label: 'Solve at once' }, { value: 'watch', label: 'Watch SMO, pair by pair' }], label: 'Optimiser', help: 'Solve the dual to convergence at once, or start at α = 0 and watch sequential minimal optimisation change two multipliers per step while the dual objective rises.', group: 'Solver' },
  { name: 'maxIter', affects: 'model', type: 'enum', default: '100000', options: MAX_ITER_OPTIONS, label: 'Max SMO updates', help: 'SMO stops after this many updates per pair of classes even if the KKT conditions do not hold yet (scikit-learn’s max_iter); the model is then the solution so far.', group: 'Solver' },
  { name: 'speed', affects: 'view', type: 'number', default: 4, min: 0.5, max: 60, step: 0.5, label: 'Speed (updates / s)', help: 'SMO updates per second while playing.', group: 'Solver', visibleIf: (v) => v.mode === 'watch' },
  { name: 'margins', affects: 'view', type: 'bool', default: true, label: 'Margins f = ±1', help: 'Draw the margins (dashed) beside the boundary f = 0 and mark the points inside them.', group: 'View' },
  { name: 'pair', affects: 'view', type: 'enum', default: 'none', options: PAIR_OPTIONS, label: 'Pair’s margins (3+ classes)', help: 'With three or more classes the SVC is one two-class SVM per pair of classes, and the map shows their vote. Pick a pair to draw that SVM’s own boundary f = 0 and margins f = ±1 (it was trained on those two classes only, so its lines run on through the other classes’ regions).', group: 'View', visibleIf: (v) => !noTable(v) || v.dataset === 'clicks' || (datasetNamed(v.dataset)?.nClasses ?? 0) > 2 },
  { name: 'logistic', affects: 'view', type: 'bool', default: false, label: 'Logistic regression overlay', help: 'Draw the boundary of a logistic regression fitted on the same points and features (log loss instead of hinge loss). Two classes only.', group: 'View' },
  { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: MAX_ADDED, nClasses: 4, label: 'Added points', help: 'Training points you clicked onto the plot.' },
  { name: 'moved', affects: 'data', type: 'points', default: [], maxPoints: MAX_POINTS, nClasses: MAX_POINTS, label: 'Moved points', help: 'Generated points you dragged: x, y and the point’s row.' },
  { name: 'threshold', affects: 'view', type: 'number', default: 0, min: -3, max: 3, step: 0.01, hidden: true, label: 'Decision threshold', help: 'Predict the second class when f(x) ≥ this (set in the evaluation panel; two classes only).' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 100000, hidden: true, label: 'SMO updates done', help: 'SMO updates already made in the watch mode: a shared link replays them to the same multipliers.' },
] as const);

export type Params = Values<typeof schema>;
