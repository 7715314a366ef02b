// The split explorer's points: two classes along one feature, or in the plane (Gaussian clouds whose centres
// move together as the overlap grows). Deterministic in the seed.
import { Rng } from '../../core/random';

export interface SplitData {
  X: number[][];
  y: number[];
  /** Plot domain per feature. */
  domain: [number, number];
}

export const DOMAIN: [number, number] = [-4, 4];

export function makeSplitData(o: { dims: 1 | 2; n: number; overlap: number; share: number; seed: number }): SplitData {
  const rng = new Rng(o.seed);
  const nPos = Math.min(o.n - 1, Math.max(1, Math.round(o.n * o.share)));
  // centre distance shrinks from 4 (well apart) to 0.4 (mixed)
  const d = 4 - 3.6 * o.overlap;
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < o.n; i++) {
    const c = i < nPos ? 1 : 0;
    const s = c ? 1 : -1;
    const clip = (v: number) => Math.min(DOMAIN[1] - 0.05, Math.max(DOMAIN[0] + 0.05, v));
    // rounded to 2 decimals: short, exact-looking thresholds (midpoints) on screen
    const r = (v: number) => Math.round(clip(v) * 100) / 100;
    X.push(o.dims === 1 ? [r(rng.normal((s * d) / 2, 1))] : [r(rng.normal((s * d) / 2.8, 1)), r(rng.normal((s * d) / 2.8, 1))]);
    y.push(c);
  }
  return { X, y, domain: DOMAIN };
}
