// PolynomialFeatures as scikit-learn's: all monomials of the inputs up to `degree`, in scikit-learn's column order
// (bias, then degree 1, 2, ... each in lexicographic order of combinations_with_replacement of the feature indices).
import { checkMatrix } from '../data/validate';

export interface PolynomialFeaturesOptions {
  /** Maximum degree, or [minDegree, maxDegree] (as scikit-learn's tuple). Default 2. */
  degree?: number | [number, number];
  /** Only products of distinct features (no x², x²y, ...). Default false. */
  interactionOnly?: boolean;
  /** Prepend the constant column 1. Default true. */
  includeBias?: boolean;
}

/** Index combinations of size k from 0..n-1, with or without replacement, in itertools' lexicographic order. */
function combinations(n: number, k: number, replace: boolean): number[][] {
  const out: number[][] = [];
  const cur: number[] = [];
  const rec = (start: number) => {
    if (cur.length === k) { out.push(cur.slice()); return; }
    for (let i = start; i < n; i++) { cur.push(i); rec(replace ? i : i + 1); cur.pop(); }
  };
  rec(0);
  return out;
}

export class PolynomialFeatures {
  readonly minDegree: number;
  readonly maxDegree: number;
  readonly interactionOnly: boolean;
  readonly includeBias: boolean;
  nFeaturesIn = 0;
  nOutputFeatures = 0;
  /** powers[k][j]: exponent of input j in output column k (scikit-learn's powers_). */
  powers: number[][] = [];
  private combos: number[][] = [];
  private fitted = false;

  constructor(options: PolynomialFeaturesOptions = {}) {
    const deg = options.degree ?? 2;
    const [lo, hi] = Array.isArray(deg) ? deg : [0, deg];
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) {
      throw new RangeError(`degree must be an integer ≥ 0 or [min, max] with 0 ≤ min ≤ max (got ${JSON.stringify(deg)})`);
    }
    this.minDegree = lo;
    this.maxDegree = hi;
    this.interactionOnly = options.interactionOnly ?? false;
    this.includeBias = options.includeBias ?? true;
    if (hi === 0 && !this.includeBias) {
      throw new RangeError('degree 0 without the bias column would give no output features');
    }
  }

  fit(X: number[][]): this {
    const d = checkMatrix(X);
    if (X.length === 0) throw new RangeError('PolynomialFeatures.fit: X is empty');
    const combos: number[][] = this.includeBias ? [[]] : [];
    for (let k = Math.max(1, this.minDegree); k <= this.maxDegree; k++) combos.push(...combinations(d, k, !this.interactionOnly));
    this.combos = combos;
    this.nFeaturesIn = d;
    this.nOutputFeatures = combos.length;
    this.powers = combos.map((c) => {
      const p = new Array<number>(d).fill(0);
      for (const j of c) p[j]++;
      return p;
    });
    this.fitted = true;
    return this;
  }

  transform(X: number[][]): number[][] {
    if (!this.fitted) throw new Error('PolynomialFeatures.transform: call fit first');
    const d = checkMatrix(X);
    if (X.length && d !== this.nFeaturesIn) {
      throw new RangeError(`PolynomialFeatures.transform: X has ${d} features, fitted on ${this.nFeaturesIn}`);
    }
    return X.map((row) => this.combos.map((c) => { let v = 1; for (const j of c) v *= row[j]; return v; }));
  }

  fitTransform(X: number[][]): number[][] {
    return this.fit(X).transform(X);
  }

  /** Column names as scikit-learn's get_feature_names_out: "1", "x0", "x0^2", "x0 x1", ... */
  getFeatureNamesOut(inputFeatures?: string[]): string[] {
    if (!this.fitted) throw new Error('PolynomialFeatures.getFeatureNamesOut: call fit first');
    const names = inputFeatures ?? Array.from({ length: this.nFeaturesIn }, (_, j) => `x${j}`);
    if (names.length !== this.nFeaturesIn) throw new RangeError(`expected ${this.nFeaturesIn} input feature names`);
    return this.powers.map((p) => {
      const parts = p.flatMap((e, j) => (e === 0 ? [] : [e === 1 ? names[j] : `${names[j]}^${e}`]));
      return parts.length ? parts.join(' ') : '1';
    });
  }
}
