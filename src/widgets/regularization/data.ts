/**
 * The widget's seeded data: noisy samples of sin(x) on [−3, 3] (the table's sin1d set, whose clean curve is sin), a
 * training set, a held-out test set, and the resampled training sets of the bias–variance decomposition, each from a
 * seed of its own so any one of them can be rebuilt alone (by the tests' reference script too).
 */
import { buildDataset } from '../../core/datasets/build';
import { datasetNamed, noiseAt } from '../../core/datasets/catalog';
import { Rng } from '../../core/random';

/** The clean curve sin1d's points scatter around (makeSine). */
export const truth = (x: number): number => Math.sin(x);
export const N_TEST = 100;
const SPEC = datasetNamed('sin1d')!;

export interface Sample {
  x: number[];
  y: number[];
}

/** The noise's standard deviation for the 0–1 slider. */
export const sigmaOf = (noise: number): number => noiseAt(SPEC, noise);

function sample(n: number, sigma: number, seed: number): Sample {
  const d = buildDataset('sin1d', { n, noise: sigma, seed });
  return { x: d.X.map((r) => r[0]), y: d.y.slice() };
}

// Seeds: the training set uses the link's seed; the others are offsets of it that no other seed's training set uses
// with the same offset (the test set and resample r of seed s are seeds 1000·(s+1)+500 and 1000·(s+1)+r).
export const trainSet = (n: number, sigma: number, seed: number): Sample => sample(n, sigma, seed);
export const testSet = (sigma: number, seed: number): Sample => sample(N_TEST, sigma, 1000 * (seed + 1) + 500);
export const resampleSet = (n: number, sigma: number, seed: number, r: number): Sample => sample(n, sigma, 1000 * (seed + 1) + r);

/** Fresh noisy targets at the test x for resample r: what "expected test error" averages over. */
export function freshTargets(xTest: number[], sigma: number, seed: number, r: number): number[] {
  const rng = new Rng(1000 * (seed + 1) + 600 + r);
  return xTest.map((x) => truth(x) + (sigma > 0 ? rng.normal(0, sigma) : 0));
}

/** Plot domain: the table's, widened to hold every point. */
export function plotDomain(points: Sample): { x: [number, number]; y: [number, number] } {
  const dom = SPEC.domain!;
  let lo = dom.y[0], hi = dom.y[1];
  for (const v of points.y) { lo = Math.min(lo, v - 0.2); hi = Math.max(hi, v + 0.2); }
  return { x: [dom.x[0], dom.x[1]], y: [lo, hi] };
}
