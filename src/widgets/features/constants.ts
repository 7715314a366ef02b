/**
 * The widget's fixed choices, free of core's models: the page (Widget.svelte) reads them without loading the
 * computation, which runs in a worker (features.worker.ts). methods.ts re-exports them.
 */
export const RANKINGS = ['f', 'mi', 'l1', 'tree', 'perm'] as const;
export type Ranking = (typeof RANKINGS)[number];
export const RANKING_LABELS: Record<Ranking, string> = {
  f: 'F-test (fClassif)',
  mi: 'Mutual information',
  l1: 'L1 path (entry order)',
  tree: 'Forest impurity importance',
  perm: 'Permutation importance',
};

/** kNN's neighbours in both curves. */
export const KNN_K = 5;
/** Pure-noise features added in the curse-of-dimensionality panel. */
export const NOISE_LEVELS = [0, 1, 2, 5, 10, 20, 50, 100] as const;
export const FOREST_TREES = 50;
/** The selection-leakage demonstration: rows, pure-noise features, features kept, CV folds. */
export const LEAK = { n: 60, features: 2000, k: 10, folds: 5 } as const;
