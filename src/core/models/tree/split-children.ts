/**
 * After the search has chosen a split: the children's impurities and the split's impurity improvement, computed
 * as scikit-learn does (Criterion.reset + update + children_impurity), in its order of operations so the numbers
 * (and the importances built from them) match to the last bit. Once per node, so not part of the hot scan.
 */
import { entropyOf, entropyRight, giniOf, giniRight, impurityImprovement, type CriterionKind, type NodeStats, type TreeData } from './criterion';
import type { SplitRecord } from './split-types';

/**
 * Fills best.impurityLeft, impurityRight and improvement for the split of node [start, end) at best.pos along
 * best.feature. `order` holds the node's samples sorted along each feature (`order[f * nActive + r]`); `sumLeft`
 * is scratch space of the criterion's width.
 */
export function finishSplit(
  data: TreeData,
  criterion: CriterionKind,
  order: Int32Array,
  nActive: number,
  sumLeft: Float64Array,
  weightedNSamples: number,
  start: number,
  end: number,
  stats: NodeStats,
  impurity: number,
  best: SplitRecord,
): void {
  const { yClass, yValue, weight } = data;
  const o = best.feature * nActive, pos = best.pos;
  let wL = 0;
  // scikit-learn adds the left samples, or removes the right ones from the total when they are fewer
  const forward = pos - start <= end - pos;
  if (forward) sumLeft.fill(0);
  else { sumLeft.set(stats.sum); wL = stats.weightedN; }
  const step = forward ? 1 : -1;
  for (let r = forward ? start : end - 1; forward ? r < pos : r >= pos; r += step) {
    const i = order[o + r];
    const w = weight ? weight[i] : 1;
    if (yClass) sumLeft[yClass[i]] += step * w;
    else sumLeft[0] += step * (w * (yValue as Float64Array)[i]);
    wL += step * w;
  }
  if (criterion === 'squaredError') {
    const wR = stats.weightedN - wL;
    let sqLeft = 0;
    for (let r = start; r < pos; r++) {
      const i = order[o + r];
      const w = weight ? weight[i] : 1;
      const y = (yValue as Float64Array)[i];
      sqLeft += w * y * y;
    }
    const sR = stats.sum[0] - sumLeft[0];
    const mL = sumLeft[0] / wL, mR = sR / wR;
    best.impurityLeft = sqLeft / wL - mL * mL;
    best.impurityRight = (stats.sqSum - sqLeft) / wR - mR * mR;
    best.improvement = impurityImprovement(weightedNSamples, stats.weightedN, impurity, wL, best.impurityLeft, wR, best.impurityRight);
  } else finishClassSplit(criterion, sumLeft, wL, weightedNSamples, stats, impurity, best);
}

/** finishSplit for classification, from the left class sums sumLeft of total weight wL (the histogram splitter's way in). */
export function finishClassSplit(criterion: CriterionKind, sumLeft: Float64Array, wL: number, weightedNSamples: number, stats: NodeStats, impurity: number, best: SplitRecord): void {
  const wR = stats.weightedN - wL;
  const gini = criterion === 'gini';
  best.impurityLeft = gini ? giniOf(sumLeft, wL) : entropyOf(sumLeft, wL);
  best.impurityRight = gini ? giniRight(stats.sum, sumLeft, wR) : entropyRight(stats.sum, sumLeft, wR);
  best.improvement = impurityImprovement(weightedNSamples, stats.weightedN, impurity, wL, best.impurityLeft, wR, best.impurityRight);
}
