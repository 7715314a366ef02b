/**
 * What in the training points limits the tree, said in words: no points, one point, one class, a feature with a
 * single value, points of different classes at the same position. The tree still fits (scikit-learn's rules make a
 * leaf of what cannot be split); these sentences tell the learner why it looks the way it does.
 */

/**
 * Notices about the training rows (empty when nothing is unusual), in the order a learner should read them.
 * `featureNames` names the columns: the plot's two axes, or every column of the learner's table.
 */
export function trainingProblems(X: readonly number[][], y: readonly number[], featureNames: readonly string[]): string[] {
  const n = X.length;
  if (n === 0) return ['No training points yet: click on the plot to add some (pick the class above the plot).'];
  if (n === 1) return ['Only one training point: there is nothing to split, so the tree is one leaf that predicts its class. Add more points.'];
  const out: string[] = [];
  if (new Set(y).size === 1) out.push('All training points are of one class: the root is already pure, so the tree is a single leaf. Add a point of another class.');
  // trees compare in float32, so two values equal in float32 are one value to the splitter
  const constant = featureNames.map((_, f) => f).filter((f) => X.every((r) => Math.fround(r[f]) === Math.fround(X[0][f])));
  const all = constant.length === featureNames.length;
  if (all) out.push('Every training point sits at the same position: no threshold can separate any of them.');
  else if (constant.length === 1 && featureNames.length === 2) {
    const [f] = constant;
    out.push(`${featureNames[f]} has the same value on every training point: the tree can only split on ${featureNames[1 - f]}.`);
  } else if (constant.length > 0) {
    out.push(`${constant.map((f) => `“${featureNames[f]}”`).join(', ')} ${constant.length === 1 ? 'has' : 'have'} the same value on every training point: the tree never splits on ${constant.length === 1 ? 'it' : 'them'}.`);
  }
  const conflicts = conflictingDuplicates(X, y);
  if (conflicts > 0 && !all) {
    out.push(`${conflicts} training points share their exact position with a point of another class: no split can separate them, so their leaves stay impure and training accuracy stays below 100 %.`);
  }
  return out;
}

/** How many rows sit at a position (in float32, every feature) that also holds a row of another class. */
export function conflictingDuplicates(X: readonly number[][], y: readonly number[]): number {
  const classesAt = new Map<string, Set<number>>();
  const key = (r: readonly number[]) => r.map(Math.fround).join(',');
  X.forEach((r, i) => {
    const k = key(r);
    const s = classesAt.get(k) ?? new Set<number>();
    s.add(y[i]);
    classesAt.set(k, s);
  });
  let count = 0;
  X.forEach((r) => {
    if ((classesAt.get(key(r))?.size ?? 0) > 1) count++;
  });
  return count;
}
