// SVC's options: their types, scikit-learn's defaults and the checks every estimator option goes through, and the
// record one SMO step reports.
import { checkNumber, checkOption, formatValue } from '../../validation';
import { checkClassWeight, type ClassWeight } from '../../utils/class-weight';
import { KERNEL_NAMES, type KernelName } from './kernels';

export type Gamma = number | 'scale' | 'auto';

/** The options as resolved (what getParams returns). */
export interface SVCParams {
  /** 'linear', 'poly', 'rbf' (default) or 'sigmoid'. */
  kernel: KernelName;
  /** Penalty on slack (> 0): the inverse of the regularisation strength. Default 1. */
  C: number;
  /** Kernel coefficient for rbf, poly and sigmoid: 'scale' (default, 1/(n_features·Var(X))), 'auto' (1/n_features) or a number > 0. */
  gamma: Gamma;
  /** Degree of the poly kernel (an integer ≥ 0). Default 3. */
  degree: number;
  /** The constant of the poly and sigmoid kernels. Default 0. */
  coef0: number;
  /** Stop when the KKT violation m(α) − M(α) is under tol. Default 1e-3. */
  tol: number;
  /** SMO updates allowed per pair of classes; −1 (default) = LIBSVM's own cap, max(10⁷, 100·n). */
  maxIter: number;
  /** Leave out variables stuck at a bound while solving (LIBSVM's shrinking). Default true. */
  shrinking: boolean;
  /** Kernel cache per pair of classes, in MB. Default 200 (scikit-learn's). */
  cacheSize: number;
  /** Multiply C per class: null (default), 'balanced' (n / (n_classes · count)) or { label: weight }. */
  classWeight: ClassWeight | null;
  /** decisionFunction for 3+ classes: 'ovr' (default, n × n_classes) or 'ovo' (n × n_pairs). */
  decisionFunctionShape: 'ovr' | 'ovo';
}

/** One SMO update, as step() reports it. Rows are indices into the X given to start. */
export interface SvcStep {
  /** Which pairwise problem (index into classPairs order), and its two class labels. */
  pair: number;
  classes: [number, number];
  /** The working pair (rows of X) and their α after the update. */
  i: number;
  j: number;
  alphaI: number;
  alphaJ: number;
  /** That problem's dual objective Σα − ½αᵀQα after the update (it never falls). */
  objective: number;
  /** The KKT violation m − M that chose the pair (the run stops once it is under tol). */
  gap: number;
  /** Updates so far in this pair, and in all pairs. */
  pairIteration: number;
  iteration: number;
}

export const NAME = 'SVC';
export const DEFAULTS: SVCParams = {
  kernel: 'rbf', C: 1, gamma: 'scale', degree: 3, coef0: 0, tol: 1e-3, maxIter: -1, shrinking: true, cacheSize: 200,
  classWeight: null, decisionFunctionShape: 'ovr',
};

/** The options as given, checked and resolved (what getParams returns), or a RangeError naming the bad one. */
export function checkSvcParams(p: SVCParams): SVCParams {
  const positive = { min: 0, minExclusive: true };
  const gamma = p.gamma === 'scale' || p.gamma === 'auto' ? p.gamma : checkGamma(p.gamma);
  if (p.maxIter !== -1) checkNumber('maxIter', p.maxIter, { integer: true, min: 1 }, NAME);
  return {
    kernel: checkOption('kernel', p.kernel, KERNEL_NAMES, NAME),
    C: checkNumber('C', p.C, positive, NAME),
    gamma,
    degree: checkNumber('degree', p.degree, { integer: true, min: 0 }, NAME),
    coef0: checkNumber('coef0', p.coef0, {}, NAME),
    tol: checkNumber('tol', p.tol, positive, NAME),
    maxIter: p.maxIter,
    shrinking: checkOption('shrinking', p.shrinking, [true, false], NAME),
    cacheSize: checkNumber('cacheSize', p.cacheSize, positive, NAME),
    classWeight: (checkClassWeight(p.classWeight, NAME), p.classWeight),
    decisionFunctionShape: checkOption('decisionFunctionShape', p.decisionFunctionShape, ['ovr', 'ovo'] as const, NAME),
  };
}

function checkGamma(g: unknown): number {
  if (typeof g !== 'number') throw new RangeError(`${NAME}: gamma must be 'scale', 'auto' or a finite number > 0; got ${formatValue(g)}`);
  return checkNumber('gamma', g, { min: 0, minExclusive: true }, NAME);
}
