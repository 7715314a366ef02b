/**
 * scikit-learn's Fisher–Yates draw of the features a node evaluates (BestSplitter.node_split, 1.2), with its
 * bookkeeping of features found constant: those are moved to the front of the array and counted, so the node's
 * children skip them without testing them again. Kept apart from splitter.ts because it is the one part that
 * depends on the random generator (forests, and maxFeatures below d); the search itself is deterministic.
 */
import type { RandomIntSource } from './split-types';

function swapEntries(a: Int32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** The splitter's state the draw reads and reorders: its feature array and the constants known so far. */
export interface FeatureDrawState {
  features: Int32Array;
  constantFeatures: Int32Array;
}

/**
 * Draws features until maxFeatures non-constant ones (and at least one) have been visited, calling `scan` on each
 * non-constant one. `nKnown` features are known constant from the ancestors. Returns the number of constant
 * features known after this node (passed to its children).
 */
export function drawFeatures(
  state: FeatureDrawState,
  d: number,
  maxFeatures: number,
  rng: RandomIntSource,
  nKnown: number,
  isConstant: (f: number) => boolean,
  scan: (f: number) => void,
): number {
  const { features, constantFeatures } = state;
  let fI = d, nVisited = 0, nFound = 0, nDrawn = 0, nTotal = nKnown;
  while (fI > nTotal && (nVisited < maxFeatures || nVisited <= nFound + nDrawn)) {
    nVisited++;
    let fJ = nDrawn + rng.int(fI - nFound - nDrawn);
    if (fJ < nKnown) {
      swapEntries(features, nDrawn, fJ);
      nDrawn++;
      continue;
    }
    fJ += nFound;
    const f = features[fJ];
    if (isConstant(f)) {
      swapEntries(features, fJ, nTotal);
      nFound++;
      nTotal++;
      continue;
    }
    fI--;
    swapEntries(features, fI, fJ);
    scan(f);
  }
  // the first nKnown entries must keep their order for the siblings and children
  features.set(constantFeatures.subarray(0, nKnown), 0);
  constantFeatures.set(features.subarray(nKnown, nKnown + nFound), nKnown);
  return nTotal;
}
