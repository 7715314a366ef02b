/**
 * What in the training points limits the tree, said in words: no points, one point, one class, a feature with a
 * single value, points of different classes at the same position. The tree still fits (scikit-learn's rules make a
 * leaf of what cannot be split); these sentences tell the learner why it looks the way it does.
 */

/** Notices about the training rows (empty when nothing is unusual), in the order a learner should read them. */
export function trainingProblems(X: readonly number[][], y: readonly number[], featureNames: readonly [string, string]): string[] {
  const n = X.length;
  if (n === 0) return ['No training points yet: click on the plot to add some (pick the class above the plot).'];
  if (n === 1) return ['Only one training point: there is nothing to split, so the tree is one leaf that predicts its class. Add more points.'];
  const out: string[] = [];
  if (new Set(y).size === 1) out.push('All training points are of one class: the root is already pure, so the tree is a single leaf. Add a point of another class.');
  // trees compare in float32, so two values equal in float32 are one value to the splitter
  const constant = [0, 1].filter((f) => X.every((r) => Math.fround(r[f]) === Math.fround(X[0][f])));
  if (constant.length === 2) out.push('Every training point sits at the same position: no threshold can separate any of them.');
  else if (constant.length === 1) {
    const [f] = constant;
    out.push(`${featureNames[f]} has the same value on every training point: the tree can only split on ${featureNames[1 - f]}.`);
  }
  const conflicts = conflictingDuplicates(X, y);
  if (conflicts > 0 && constant.length < 2) {
    out.push(`${conflicts} training points share their exact position with a point of another class: no split can separate them, so their leaves stay impure and training accuracy stays below 100 %.`);
  }
  return out;
}

/** How many rows sit at a position (in float32) that also holds a row of another class. */
export function conflictingDuplicates(X: readonly number[][], y: readonly number[]): number {
  const classesAt = new Map<string, Set<number>>();
  const key = (r: readonly number[]) => `${Math.fround(r[0])},${Math.fround(r[1])}`;
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
