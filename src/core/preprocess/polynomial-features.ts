// PolynomialFeatures as scikit-learn's: all monomials of the inputs up to `degree`, in scikit-learn's column order
// (bias, then degree 1, 2, ... each in lexicographic order of combinations_with_replacement of the feature indices).
import { Estimator, TransformerMixin } from '../base';
import { checkArray, checkOption } from '../validation';

/** The options as resolved (what getParams returns). */
export interface PolynomialFeaturesParams {
  /** Maximum degree, or [minDegree, maxDegree] (as scikit-learn's tuple). Default 2. */
  degree: number | [number, number];
  /** Only products of distinct features (no x², x²y, ...). Default false. */
  interactionOnly: boolean;
  /** Prepend the constant column 1. Default true. */
  includeBias: boolean;
}

export type PolynomialFeaturesOptions = Partial<PolynomialFeaturesParams>;

const NAME = 'PolynomialFeatures';

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

export class PolynomialFeatures extends TransformerMixin(Estimator<PolynomialFeaturesParams>) {
  declare readonly degree: number | [number, number];
  declare readonly minDegree: number;
  declare readonly maxDegree: number;
  declare readonly interactionOnly: boolean;
  declare readonly includeBias: boolean;
  nFeaturesIn = 0;
  nOutputFeatures = 0;
  /** powers[k][j]: exponent of input j in output column k (scikit-learn's powers_). */
  powers: number[][] = [];
  private combos: number[][] = [];
  private fitted = false;

  constructor(options: PolynomialFeaturesOptions = {}) {
    super(NAME, { degree: 2, interactionOnly: false, includeBias: true }, options);
  }

  protected checkParams(p: PolynomialFeaturesParams): PolynomialFeaturesParams {
    const deg = p.degree;
    const [lo, hi] = Array.isArray(deg) ? deg : [0, deg];
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo || (Array.isArray(deg) && deg.length !== 2)) {
      throw new RangeError(`${NAME}: degree must be an integer ≥ 0 or [min, max] with 0 ≤ min ≤ max; got ${JSON.stringify(deg)}`);
    }
    const includeBias = checkOption('includeBias', p.includeBias, [true, false], NAME);
    if (hi === 0 && !includeBias) throw new RangeError(`${NAME}: degree 0 without the bias column would give no output features`);
    return { degree: Array.isArray(deg) ? [lo, hi] : hi, interactionOnly: checkOption('interactionOnly', p.interactionOnly, [true, false], NAME), includeBias };
  }

  /** The options, plus the degree range they mean. */
  protected override applyParams(p: PolynomialFeaturesParams): void {
    const [minDegree, maxDegree] = Array.isArray(p.degree) ? p.degree : [0, p.degree];
    Object.assign(this, p, { minDegree, maxDegree });
  }

  fit(X: number[][]): this {
    const { d } = checkArray(X, { who: `${NAME}.fit` });
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
    checkArray(X, { who: `${NAME}.transform`, minSamples: 0, nFeatures: this.nFeaturesIn });
    return X.map((row) => this.combos.map((c) => { let v = 1; for (const j of c) v *= row[j]; return v; }));
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
