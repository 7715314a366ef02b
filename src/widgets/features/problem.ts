/**
 * The feature-selection widget's data, pure and DOM-free: a generated problem whose features have known roles
 * (informative, redundant, noise, optionally a constant column) or iris, split once (stratified, 30 % test) and
 * standardised with the training rows' statistics (kNN and the L1 path compare features on one scale).
 */
import { makeClassification, trainTestSplit, type FeatureRole } from '../../core/data';
import { StandardScaler } from '../../core/preprocess';

export type Role = FeatureRole | 'constant' | 'measured';

export interface ProblemOptions {
  dataset: 'mixed' | 'iris';
  n: number;
  nInformative: number;
  nRedundant: number;
  nNoise: number;
  classSep: number;
  share: number;
  constant: boolean;
  seed: number;
}

export interface Problem {
  XTrain: number[][];
  yTrain: number[];
  XTest: number[][];
  yTest: number[];
  names: string[];
  roles: Role[];
  nClasses: number;
}

/** The value of the added constant column (any value: its variance is 0). */
export const CONSTANT_VALUE = 3;

/** A shipped table's rows, labels and column names (the caller loads it: this file stays free of shipped files). */
export interface Table {
  X: number[][];
  y: number[];
  featureNames: string[];
}

function rawData(o: ProblemOptions, table?: Table): { X: number[][]; y: number[]; names: string[]; roles: Role[] } {
  if (o.dataset !== 'mixed') {
    if (!table) throw new Error(`makeProblem: the ${o.dataset} table was not given`);
    return { X: table.X, y: table.y, names: table.featureNames, roles: table.featureNames.map(() => 'measured') };
  }
  const d = makeClassification({ n: o.n, nInformative: o.nInformative, nRedundant: o.nRedundant, nNoise: o.nNoise, classSep: o.classSep, weight1: o.share, seed: o.seed });
  const count: Record<string, number> = {};
  const short: Record<FeatureRole, string> = { informative: 'inf', redundant: 'red', noise: 'noise' };
  const names = d.roles.map((r) => `${short[r]}${(count[r] = (count[r] ?? 0) + 1)}`);
  return { X: d.X, y: d.y, names, roles: d.roles };
}

/** Builds the split problem (from `table` for a shipped data set); a class too small to split or learn is a clear RangeError. */
export function makeProblem(o: ProblemOptions, table?: Table): Problem {
  const raw = rawData(o, table);
  let { X, names, roles } = raw;
  if (o.constant) {
    X = X.map((row) => [...row, CONSTANT_VALUE]);
    names = [...names, 'const'];
    roles = [...roles, 'constant'];
  }
  const counts = new Map<number, number>();
  for (const c of raw.y) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const [c, m] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (m < 2) {
      throw new RangeError(`class ${c} has a single sample (${m} of ${raw.y.length}): a stratified split cannot put it in both the training and the test set, and one sample cannot be learned or scored. Raise the class-1 share or the number of samples.`);
    }
  }
  const split = trainTestSplit(X, raw.y, { testSize: 0.3, stratify: raw.y, seed: o.seed });
  const scaler = new StandardScaler().fit(split.XTrain);
  return {
    XTrain: scaler.transform(split.XTrain), yTrain: Array.from(split.yTrain),
    XTest: scaler.transform(split.XTest), yTest: Array.from(split.yTest),
    names, roles, nClasses: counts.size,
  };
}
