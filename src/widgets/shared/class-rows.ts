// The labelled rows that the splitting lessons (#/cv, #/split) cut into train and test sets, in the order a file
// would hold them, and the classifier they train on each part. Shared so that both widgets show the same data and
// the same model for the same settings.
import { datasetNamed, noiseAt, type DatasetDomain } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import type { CvEstimator } from '../../core/model_selection';
import { LogisticRegression } from '../../core/models/linear';
import { KNeighborsClassifier } from '../../core/models/neighbors';
import { toRng } from '../../core/random';

export interface ClassRowsOptions {
  dataset: string;
  n: number;
  /** 0–1 slider position (the table turns it into the data's own units). */
  noise: number;
  seed: number;
  /** 'sorted': class by class, as many files list them; 'random': shuffled (seeded). */
  order: 'sorted' | 'random';
}

export interface ClassRows {
  X: number[][];
  y: number[];
  classNames: string[];
  /** The plotting domain of a 2-D set; undefined for a table (iris). */
  domain?: DatasetDomain;
}

/**
 * The rows of a classification set in the order the widget shows them. A shipped table (iris) sorted is its file,
 * exactly (already class by class). A generated set comes out in an order of its own: it is shuffled (seeded), then
 * sorted by class when asked, which is what #/cv's links have always shown.
 */
export function classRows(p: ClassRowsOptions): ClassRows {
  const spec = datasetNamed(p.dataset);
  if (!spec) throw new RangeError(`there is no data set “${p.dataset}”`);
  const d = buildDataset(spec.name, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
  let order: number[];
  if (spec.origin === 'shipped') {
    order = p.order === 'sorted' ? d.y.map((_, i) => i) : toRng(p.seed + 7919).permutation(d.y.length);
  } else {
    order = toRng(p.seed + 7919).permutation(d.y.length);
    if (p.order === 'sorted') order.sort((a, b) => d.y[a] - d.y[b] || a - b);
  }
  return { X: order.map((i) => d.X[i]), y: order.map((i) => d.y[i]), classNames: d.targetNames, domain: spec.domain };
}

export interface ClassifierChoice {
  model: 'knn' | 'logistic';
  neighbors: number;
  C: number;
}

/** kNN, or an L2 logistic regression (binary in core: two classes only, said in the message). */
export function makeClassifier(p: ClassifierChoice, nClasses: number): CvEstimator {
  if (p.model === 'logistic') {
    if (nClasses !== 2) throw new RangeError(`logistic regression here separates two classes and this data set has ${nClasses}: pick kNN or a two-class set`);
    return new LogisticRegression({ penalty: 'l2', C: p.C });
  }
  return new KNeighborsClassifier({ nNeighbors: p.neighbors });
}
