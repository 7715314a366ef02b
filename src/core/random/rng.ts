/**
 * One seeded random number generator for the whole library.
 *
 * sfc32 seeded through splitmix32: fast, 128-bit state, and the same sequence in Node, the page and
 * Web Workers (only 32-bit integer maths, no platform randomness). Everything random takes a seed or an Rng.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  constructor(seed: number = 0) {
    // splitmix32 spreads nearby seeds (0, 1, 2...) to unrelated states.
    let s = (Math.floor(Number.isFinite(seed) ? seed : 0) >>> 0) ^ 0x9e3779b9;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  random(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [lo, hi). */
  uniform(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.random();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  /** Standard normal (Box–Muller, caching the second value). */
  normal(mean = 0, std = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + std * z;
    }
    let u = 0;
    while (u === 0) u = this.random();
    const v = this.random();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return mean + std * r * Math.cos(2 * Math.PI * v);
  }

  /** Fisher–Yates shuffle in place; returns the array. */
  shuffle<T>(arr: T[]): T[] {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = arr[i];
      arr[i] = arr[j];
      arr[j] = t;
    }
    return arr;
  }

  /** A random permutation of 0..n-1. */
  permutation(n: number): number[] {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }

  /** A copy in the same state: it draws the same sequence as this one from here on, without disturbing it. */
  clone(): Rng {
    const r = new Rng();
    r.a = this.a; r.b = this.b; r.c = this.c; r.d = this.d;
    r.spareNormal = this.spareNormal;
    return r;
  }

  /** An independent generator derived from this one (for sub-tasks that must not disturb the parent's sequence). */
  fork(): Rng {
    return new Rng(this.nextUint32());
  }
}

/** Accepts a seed or an existing Rng, so APIs can take either. */
export function toRng(seedOrRng: number | Rng | undefined): Rng {
  return seedOrRng instanceof Rng ? seedOrRng : new Rng(seedOrRng ?? 0);
}
