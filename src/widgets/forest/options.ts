import type { RandomForestClassifierOptions } from '../../core/models/ensemble';
import type { Params } from './params';

/** scikit-learn's options from the widget's rows (0 = no depth limit; 'all' = every feature, scikit-learn's None). */
export function forestOptions(p: Params): RandomForestClassifierOptions {
  return {
    nEstimators: Math.max(1, p.nEstimators),
    maxFeatures: p.maxFeatures === 'sqrt' ? 'sqrt' : null,
    bootstrap: p.bootstrap,
    oobScore: p.bootstrap,
    maxDepth: p.maxDepth > 0 ? p.maxDepth : null,
    minSamplesLeaf: p.minSamplesLeaf,
    criterion: p.criterion,
    seed: p.seed,
  };
}
