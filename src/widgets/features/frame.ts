/**
 * What the views draw: a snapshot of the session's results so far. Plain arrays and objects only, since it
 * crosses from the worker (features.worker.ts) to the page by structured clone; and free of core's
 * models (type imports only), so the page's route does not load the computation.
 */
import type { Ranking } from './constants';
import type { L1Path } from './methods';
import type { Role } from './problem';

/** What the page needs to know of the problem (its rows stay in the worker). */
export interface ProblemInfo {
  names: string[];
  roles: Role[];
  nTrain: number;
  nTest: number;
}

export interface FeaturesFrame {
  /** The problem the frame is about (null before the first frame). */
  problem: ProblemInfo | null;
  /** Pieces done / all pieces. */
  done: number;
  total: number;
  f: number[] | null;
  pvalues: number[] | null;
  mi: number[] | null;
  /** The L1 path, complete (null until every C is fitted). */
  l1: L1Path | null;
  tree: number[] | null;
  forestAccuracy: number;
  perm: { mean: number[]; std: number[] } | null;
  /** Feature order, best first, per ranking that is computed. */
  orders: Partial<Record<Ranking, number[]>>;
  /** kNN test accuracy with the top m = 1…d features, per ranking (complete curves only). */
  curves: Partial<Record<Ranking, number[]>>;
  /** kNN test accuracy per NOISE_LEVELS entry computed so far. */
  noise: number[];
  /** Selection leakage on pure noise: CV accuracy with the features chosen before the folds and inside them. */
  leak: { before: number; inside: number } | null;
}

export const emptyFrame = (): FeaturesFrame => ({
  problem: null, done: 0, total: 1, f: null, pvalues: null, mi: null, l1: null, tree: null, forestAccuracy: NaN, perm: null, orders: {}, curves: {}, noise: [], leak: null,
});
