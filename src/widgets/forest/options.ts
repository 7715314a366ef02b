import type { RandomForestClassifierOptions } from '../../core/models/ensemble';
import { resolveMaxFeatures, type MaxFeatures } from '../../core/models/tree/options';
import type { Option } from '../../params';
import type { Params } from './params';

/** The fractions of the columns a table's features-per-split menu offers (scikit-learn's float max_features). */
const FRACTIONS = ['0.25', '0.5', '0.75'];

/**
 * The link's features per split as scikit-learn's max_features for d columns: 'sqrt', 'log2', a fraction in (0, 1),
 * a count from 1 to d, or 'all' (None). Undefined when the value is none of these for this table (a count above its
 * columns, or text a hand-edited link carries): the forest then uses 'sqrt' and says so.
 */
export function maxFeaturesOf(v: string, d: number): MaxFeatures | undefined {
  if (v === 'sqrt' || v === 'log2') return v;
  if (v === 'all') return null;
  if (/^0\.\d+$/.test(v)) return Number(v) > 0 ? Number(v) : undefined;
  if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= d) return Number(v);
  return undefined;
}

/**
 * The choices of the features-per-split row for d columns, each saying how many features that is. The 2-D sets keep
 * their two (1 of 2 is √2, log₂ 2, half and a count of 1 alike); a table gets 'sqrt', 'log2', fractions, every count
 * below d, and all.
 */
export function maxFeaturesOptions(d: number): Option[] {
  const of = (mf: MaxFeatures) => `${resolveMaxFeatures(mf, d, 'maxFeatures')} of ${d}`;
  if (d <= 2) return [{ value: 'sqrt', label: `${of('sqrt')} (sqrt, the default)` }, { value: 'all', label: `${of(null)} (plain bagging)` }];
  return [
    { value: 'sqrt', label: `√d: ${of('sqrt')} (the default)` },
    { value: 'log2', label: `log₂ d: ${of('log2')}` },
    ...FRACTIONS.map((f) => ({ value: f, label: `${Number(f) * 100} % of them: ${of(Number(f))}` })),
    ...Array.from({ length: d - 1 }, (_, k) => ({ value: String(k + 1), label: `${k + 1} of ${d}` })),
    { value: 'all', label: `all ${d} (plain bagging)` },
  ];
}

/** scikit-learn's options from the widget's rows for d features (0 = no depth limit; 'all' = every feature, scikit-learn's None). */
export function forestOptions(p: Params, d = 2): RandomForestClassifierOptions {
  const mf = maxFeaturesOf(p.maxFeatures, d);
  return {
    nEstimators: Math.max(1, p.nEstimators),
    maxFeatures: mf === undefined ? 'sqrt' : mf,
    bootstrap: p.bootstrap,
    oobScore: p.bootstrap,
    maxDepth: p.maxDepth > 0 ? p.maxDepth : null,
    minSamplesLeaf: p.minSamplesLeaf,
    criterion: p.criterion,
    seed: p.seed,
  };
}
