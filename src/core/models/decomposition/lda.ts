/**
 * Latent Dirichlet allocation with scikit-learn's names (sklearn.decomposition.LatentDirichletAllocation, 1.2):
 * `nComponents` topics, `docTopicPrior` α and `topicWordPrior` η (both 1 / nComponents when null), `maxIter`,
 * `seed`, and two ways to fit:
 *
 * - `method: 'batch'`: scikit-learn's batch variational Bayes (learning_method='batch'). Start from
 *   λ ~ Gamma(100, 1/100); each iteration is an E-step over every document (γ from Gamma(100, 1/100), at most
 *   `maxDocUpdateIter` updates, until the mean change of γ is below `meanChangeTol`) and the M-step λ = η + sstats.
 * - `method: 'gibbs'`: collapsed Gibbs sampling (GibbsSampler), one sweep per iteration; `components` are the
 *   topic–word counts plus η, the document–topic distribution (n_dk + α) / (n_d + Kα).
 *
 * Fitted: `components` (nComponents × nFeatures topic–word pseudo-counts, as components_), `nIter`, `alpha` and
 * `eta` (the priors used: doc_topic_prior_, topic_word_prior_), `bound` (the training perplexity after fit, as
 * bound_). `transform(X)` runs scikit-learn's E-step from γ = 1 against `components` (for either method) and
 * normalises the rows; `score(X)` is the evidence lower bound and `perplexity(X)` = exp(−score / number of words).
 * `start(X)` then `step()` fit one iteration at a time (a widget animates them; `sampler` is the Gibbs state);
 * `startInSlices` and `stepInSlices` are the same cut into slices, for a page that spreads a large corpus over frames.
 */
import { Estimator } from '../../base';
import { asCounts, totalCount, type CountMatrix } from '../../feature_extraction/text/sparse';
import { Rng } from '../../random';
import { runSlices, type Sliced } from '../../utils/slices';
import { checkNumber, checkOption } from '../../validation';
import { GibbsSampler } from './lda-gibbs';
import { dirichletExpectation, expDirichletExpectation, gammaMatrix } from './lda-math';
import { docBound, eStep, rowSlice, topicBound } from './lda-vb';

export interface LDAParams {
  nComponents: number;
  docTopicPrior: number | null;
  topicWordPrior: number | null;
  method: 'batch' | 'gibbs';
  maxIter: number;
  meanChangeTol: number;
  maxDocUpdateIter: number;
  seed: number;
}
export type LDAOptions = Partial<LDAParams>;

export interface LDAStep {
  /** iterations done (sweeps for Gibbs, EM steps for batch) */
  iteration: number;
  /** Gibbs: tokens whose topic changed in this sweep; batch: NaN */
  changed: number;
}

const DEFAULTS: LDAParams = { nComponents: 10, docTopicPrior: null, topicWordPrior: null, method: 'batch', maxIter: 10, meanChangeTol: 1e-3, maxDocUpdateIter: 100, seed: 0 };
const NAME = 'LatentDirichletAllocation';
type Input = CountMatrix | number[][];

export class LatentDirichletAllocation extends Estimator<LDAParams> {
  declare readonly nComponents: number;
  declare readonly docTopicPrior: number | null;
  declare readonly topicWordPrior: number | null;
  declare readonly method: 'batch' | 'gibbs';
  declare readonly maxIter: number;
  declare readonly meanChangeTol: number;
  declare readonly maxDocUpdateIter: number;
  declare readonly seed: number;

  components: number[][] = [];
  nIter = 0;
  alpha = NaN;
  eta = NaN;
  bound = NaN;
  nFeaturesIn = 0;
  /** the Gibbs sampler's state after start (method 'gibbs'), else null */
  sampler: GibbsSampler | null = null;
  private X: CountMatrix | null = null;
  private lambda: Float64Array = new Float64Array(0);
  private rng = new Rng(0);

  constructor(options: LDAOptions = {}) {
    super(NAME, DEFAULTS, options);
  }

  protected checkParams(p: LDAParams): LDAParams {
    const prior = (name: string, v: number | null) => (v === null ? null : checkNumber(name, v, { min: 0, minExclusive: true }, NAME));
    return {
      nComponents: checkNumber('nComponents', p.nComponents, { integer: true, min: 1 }, NAME),
      docTopicPrior: prior('docTopicPrior', p.docTopicPrior),
      topicWordPrior: prior('topicWordPrior', p.topicWordPrior),
      method: checkOption('method', p.method, ['batch', 'gibbs'] as const, NAME),
      maxIter: checkNumber('maxIter', p.maxIter, { integer: true, min: 0 }, NAME),
      meanChangeTol: checkNumber('meanChangeTol', p.meanChangeTol, { min: 0 }, NAME),
      maxDocUpdateIter: checkNumber('maxDocUpdateIter', p.maxDocUpdateIter, { integer: true, min: 1 }, NAME),
      seed: checkNumber('seed', p.seed, { integer: true }, NAME),
    };
  }

  /** Begins a fit on X (CSR counts or dense rows), replacing any earlier one; step() then does one iteration. */
  start(X: Input): this {
    return runSlices(this.startInSlices(X, Infinity));
  }

  /**
   * start(X) cut into slices: the Gibbs sampler's random start yields after about every `slice` tokens (the
   * batch method's start, one K × V draw, in one piece). `sampler` is set at once, its tokens placed as it goes.
   */
  *startInSlices(X: Input, slice: number): Sliced<this> {
    const M = checkCounts(X, `${NAME}.fit`);
    const K = this.nComponents, V = M.nCols;
    this.alpha = this.docTopicPrior ?? 1 / K;
    this.eta = this.topicWordPrior ?? 1 / K;
    this.X = M;
    this.nFeaturesIn = V;
    this.nIter = 0;
    this.bound = NaN;
    this.rng = new Rng(this.seed);
    if (this.method === 'gibbs') {
      this.sampler = new GibbsSampler(M, K, this.alpha, this.eta, this.rng, true);
      yield* this.sampler.startInSlices(slice);
      this.setLambda(this.sampler.components());
    } else {
      this.sampler = null;
      this.setLambda(gammaMatrix(this.rng, K, V));
    }
    return this;
  }

  /** One iteration (a Gibbs sweep or a variational EM step); null once maxIter iterations are done. */
  step(): LDAStep | null {
    return runSlices(this.stepInSlices(Infinity));
  }

  /**
   * step() cut into slices, for a page that spreads one iteration of a large corpus over frames: it yields after
   * every `slice` tokens (Gibbs) or documents (batch E-step) and returns what step() returns. The slices draw and
   * add in step()'s order, so the result is step()'s whatever the slice.
   */
  *stepInSlices(slice: number): Sliced<LDAStep | null> {
    const X = this.X;
    if (!X) throw new Error(`${NAME}.step: call start(X) first`);
    if (this.nIter >= this.maxIter) return null;
    let changed = NaN;
    const s = this.sampler;
    if (s) {
      changed = 0;
      for (let a = 0; a < s.nTokens; a += slice) {
        changed += s.sample(a, Math.min(s.nTokens, a + slice));
        if (a + slice < s.nTokens) yield;
      }
      s.endSweep();
      this.setLambda(s.components());
    } else {
      const K = this.nComponents, V = X.nCols, D = X.nRows;
      const expBeta = expDirichletExpectation(this.lambda, K, V);
      const sstats = new Float64Array(K * V);
      const opts = { ...this.eOptions(true, this.rng), into: sstats };
      for (let d = 0; d < D; d += slice) {
        eStep(rowSlice(X, d, Math.min(D, d + slice)), expBeta, K, opts);
        if (d + slice < D) yield;
      }
      const lam = new Float64Array(K * V);
      for (let i = 0; i < lam.length; i++) lam[i] = this.eta + sstats[i] * expBeta[i];
      this.setLambda(lam);
    }
    this.nIter++;
    return { iteration: this.nIter, changed };
  }

  fit(X: Input): this {
    this.start(X);
    while (this.step());
    this.bound = this.perplexity(this.X!);
    return this;
  }

  /** fit(X), then the document–topic distribution (rows sum to 1): Gibbs' θ̂ from its counts, batch's transform(X). */
  fitTransform(X: Input): number[][] {
    this.fit(X);
    return this.sampler ? rows(this.sampler.docTopic(), this.nComponents) : this.transform(this.X!);
  }

  /** Each document's topic distribution under the fitted topics (scikit-learn's E-step from γ = 1, normalised). */
  transform(X: Input): number[][] {
    const g = this.unnormalized(checkCounts(X, `${NAME}.transform`, this.nFeaturesIn));
    const K = this.nComponents;
    for (let d = 0; d < g.length / K; d++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += g[d * K + k];
      for (let k = 0; k < K; k++) g[d * K + k] /= s;
    }
    return rows(g, K);
  }

  /** The evidence lower bound of X (scikit-learn's score: an approximate log-likelihood, higher is better). */
  score(X: Input): number {
    return runSlices(this.scoreInSlices(X, Infinity)).score;
  }

  /** exp(−score(X) / number of words in X): lower is better. */
  perplexity(X: Input): number {
    return runSlices(this.perplexityInSlices(X, Infinity)).perplexity;
  }

  /**
   * score(X) in slices of `slice` documents (yielding after each but the last), with the documents' γ
   * (nDocs × K, transform's rows before they are normalised), which the bound is taken at.
   */
  *scoreInSlices(X: Input, slice: number): Sliced<{ score: number; gamma: Float64Array }> {
    const M = checkCounts(X, `${NAME}.score`, this.nFeaturesIn);
    const K = this.nComponents, D = M.nRows;
    const lam = this.flatComponents();
    const elogBeta = dirichletExpectation(lam, K, M.nCols);
    const expBeta = elogBeta.map(Math.exp);
    const gamma = new Float64Array(D * K);
    let score = topicBound(lam, elogBeta, K, this.eta);
    for (let d = 0; d < D; d += slice) {
      const rows = rowSlice(M, d, Math.min(D, d + slice));
      const g = eStep(rows, expBeta, K, this.eOptions(false, null)).gamma;
      gamma.set(g, d * K);
      score += docBound(rows, g, elogBeta, K, this.alpha);
      if (d + slice < D) yield;
    }
    return { score, gamma };
  }

  /** perplexity(X) in slices (see scoreInSlices), with the score and the documents' γ. */
  *perplexityInSlices(X: Input, slice: number): Sliced<{ perplexity: number; score: number; gamma: Float64Array }> {
    const M = asCounts(X);
    const words = totalCount(M);
    if (words === 0) throw new RangeError(`${NAME}.perplexity: the documents contain no words`);
    const { score, gamma } = yield* this.scoreInSlices(M, slice);
    return { perplexity: Math.exp(-score / words), score, gamma };
  }

  private eOptions(sstats: boolean, rng: Rng | null) {
    return { alpha: this.alpha, maxDocUpdateIter: this.maxDocUpdateIter, meanChangeTol: this.meanChangeTol, sstats, rng };
  }

  private unnormalized(M: CountMatrix): Float64Array {
    const K = this.nComponents;
    const expBeta = expDirichletExpectation(this.flatComponents(), K, M.nCols);
    return eStep(M, expBeta, K, this.eOptions(false, null)).gamma;
  }

  /** components as a flat K × V array (read each time, so components set by hand are used). */
  private flatComponents(): Float64Array {
    const K = this.nComponents, c = this.components;
    if (c.length !== K || c.some((r) => r.length !== this.nFeaturesIn)) throw new Error(`${NAME}: not fitted (call fit first)`);
    if (Number.isNaN(this.alpha)) { this.alpha = this.docTopicPrior ?? 1 / K; this.eta = this.topicWordPrior ?? 1 / K; }
    const V = this.nFeaturesIn, out = new Float64Array(K * V);
    for (let k = 0; k < K; k++) for (let w = 0; w < V; w++) out[k * V + w] = c[k][w];
    return out;
  }

  private setLambda(lam: Float64Array): void {
    this.lambda = lam;
    this.components = rows(lam, this.nFeaturesIn);
  }
}

function rows(a: Float64Array, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < a.length / cols; r++) out.push(Array.from(a.subarray(r * cols, (r + 1) * cols)));
  return out;
}

/** CSR counts checked: at least one document and one word column, finite non-negative counts, the right width. */
function checkCounts(X: Input, who: string, nFeatures?: number): CountMatrix {
  const M = asCounts(X, who);
  if (M.nRows === 0) throw new RangeError(`${who}: no documents (the corpus is empty)`);
  if (M.nCols === 0) throw new RangeError(`${who}: the vocabulary is empty`);
  if (nFeatures !== undefined && M.nCols !== nFeatures) throw new RangeError(`${who}: X has ${M.nCols} features, but the model was fitted with ${nFeatures}`);
  for (let p = 0; p < M.data.length; p++) {
    if (!(Number.isFinite(M.data[p]) && M.data[p] >= 0)) throw new RangeError(`${who}: counts must be finite and ≥ 0; got ${M.data[p]}`);
  }
  return M;
}
