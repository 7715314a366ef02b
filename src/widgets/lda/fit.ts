/**
 * The two ways the widget fits core's LatentDirichletAllocation, behind one face the session and the views read:
 * - Gibbs: the collapsed sampler's state (every token's topic); per sweep, log p(w, z) and the held-in perplexity
 *   exp(−Σ log Σ_k θ̂_dk φ̂_kw / N) of the current estimates θ̂, φ̂;
 * - batch: scikit-learn's variational EM; per iteration, its score (the evidence lower bound) and its perplexity
 *   (exp(−score / N), LatentDirichletAllocation.perplexity), taken at the documents' γ from transform's E-step.
 * Both spread their work over slices (`yield` between them) so that a large corpus never holds a frame: `slice`
 * is how many tokens (Gibbs) or documents (batch) one slice may touch. That includes the start (`begin`): Gibbs
 * gives every token a random topic, which for 150,000 tokens held a loaded page for hundreds of milliseconds.
 */
import { LatentDirichletAllocation } from '../../core/models/decomposition';
import type { GibbsSampler } from '../../core/models/decomposition';
import { totalCount } from '../../core/feature_extraction';
import type { Sliced } from '../../core/utils/slices';
import type { Corpus } from './corpus';

export type Method = 'gibbs' | 'batch';

export interface Measures {
  /** Gibbs: log p(w, z); batch: the evidence lower bound (scikit-learn's score) */
  logLik: number;
  perplexity: number;
}

/** A word's topic in document d, given its vocabulary index and which occurrence in the document it is. */
export type TopicOf = (w: number, nth: number) => number;

export interface Fit {
  readonly method: Method;
  readonly lda: LatentDirichletAllocation;
  readonly nTokens: number;
  /** The start (Gibbs' random topics, batch's random λ), in slices: run it to its end before anything else. */
  begin(): Sliced<void>;
  /** One iteration (a sweep, an EM step), in slices; its `changed` (Gibbs: tokens moved, batch: NaN). */
  iterate(): Sliced<number>;
  /** The current state's measures, in slices. */
  measure(): Sliced<Measures>;
  /** Tokens of word w in topic k, nWords × K word-major: Gibbs' counts, batch's expected counts λ_kw − η. */
  topicWord(): Float64Array;
  /** θ_d: document d's topic mixture. */
  mixture(d: number): number[];
  topicOf(d: number): TopicOf;
}

export function makeFit(method: Method, corpus: Corpus, o: { k: number; alpha: number; eta: number; seed: number }, ops: number): Fit {
  const lda = new LatentDirichletAllocation({ nComponents: o.k, method, docTopicPrior: o.alpha, topicWordPrior: o.eta, seed: o.seed, maxIter: Number.MAX_SAFE_INTEGER });
  return method === 'gibbs' ? new GibbsFit(lda, corpus, ops) : new BatchFit(lda, corpus, ops);
}

class GibbsFit implements Fit {
  readonly method = 'gibbs';
  readonly nTokens: number;
  /** tokens per slice: a slice costs about tokens × K */
  private readonly slice: number;

  constructor(readonly lda: LatentDirichletAllocation, private readonly corpus: Corpus, ops: number) {
    this.nTokens = totalCount(corpus.X);
    this.slice = Math.max(1, Math.floor(ops / lda.nComponents));
  }

  /** The sampler's state: there from the first slice of begin() on. */
  get sampler(): GibbsSampler {
    return this.lda.sampler!;
  }

  *begin(): Sliced<void> {
    // a random topic costs less than a resampled one (one draw, no K weights), but the start runs cold (not yet
    // compiled, ten times slower): a quarter of a sampling slice's tokens keeps its first slices short
    yield* this.lda.startInSlices(this.corpus.X, Math.max(1, this.slice >> 2));
  }

  *iterate(): Sliced<number> {
    const r = yield* this.lda.stepInSlices(this.slice);
    return r ? r.changed : NaN;
  }

  *measure(): Sliced<Measures> {
    const s = this.sampler;
    let ll = 0, joint = s.logJointTopics();
    for (let d = 0; d < s.nDocs;) {
      let e = d + 1;
      while (e < s.nDocs && s.tokenStart[e] - s.tokenStart[d] < this.slice) e++;
      ll += s.tokenLogLikelihood(d, e);
      joint += s.logJointDocs(d, e);
      d = e;
      if (d < s.nDocs) yield;
    }
    return { logLik: joint, perplexity: s.nTokens > 0 ? Math.exp(-ll / s.nTokens) : NaN };
  }

  topicWord(): Float64Array {
    return new Float64Array(this.sampler.nWordTopic);
  }

  mixture(d: number): number[] {
    const s = this.sampler, K = s.nTopics;
    const nd = s.tokenStart[d + 1] - s.tokenStart[d];
    return Array.from({ length: K }, (_, k) => (s.nDocTopic[d * K + k] + s.alpha) / (nd + K * s.alpha));
  }

  /** The sampler's state: tokens of one word sit together in column order, so the nth occurrence is token first + nth. */
  topicOf(d: number): TopicOf {
    const s = this.sampler;
    const a = s.tokenStart[d], b = s.tokenStart[d + 1];
    const first = new Map<number, number>();
    for (let i = a; i < b; i++) if (!first.has(s.wordOf[i])) first.set(s.wordOf[i], i);
    return (w, nth) => {
      const i = (first.get(w) ?? b) + nth;
      return i < b && s.wordOf[i] === w ? s.z[i] : -1;
    };
  }
}

class BatchFit implements Fit {
  readonly method = 'batch';
  readonly nTokens: number;
  /** documents per slice: an E-step costs about (document updates ≤ 100) × distinct words × K per document */
  private readonly slice: number;
  /** γ from the last measure (transform's E-step): the documents' mixtures */
  private gamma: Float64Array<ArrayBufferLike> = new Float64Array(0);

  constructor(readonly lda: LatentDirichletAllocation, private readonly corpus: Corpus, ops: number) {
    const X = corpus.X;
    this.nTokens = totalCount(X);
    const perDoc = Math.max(1, (X.data.length / Math.max(1, X.nRows)) * lda.nComponents * 30);
    this.slice = Math.max(1, Math.floor(ops / perDoc));
  }

  *begin(): Sliced<void> {
    yield* this.lda.startInSlices(this.corpus.X, Infinity);
  }

  *iterate(): Sliced<number> {
    yield* this.lda.stepInSlices(this.slice);
    return NaN;
  }

  *measure(): Sliced<Measures> {
    if (this.nTokens === 0) return { logLik: NaN, perplexity: NaN };
    const r = yield* this.lda.perplexityInSlices(this.corpus.X, this.slice);
    this.gamma = r.gamma;
    return { logLik: r.score, perplexity: r.perplexity };
  }

  topicWord(): Float64Array {
    const c = this.lda.components, K = c.length, V = this.lda.nFeaturesIn, eta = this.lda.eta;
    const out = new Float64Array(V * K);
    for (let k = 0; k < K; k++) for (let w = 0; w < V; w++) out[w * K + k] = c[k][w] - eta;
    return out;
  }

  /** transform(X)'s row d: γ_d normalised. */
  mixture(d: number): number[] {
    const K = this.lda.nComponents;
    const g = this.gamma.subarray(d * K, (d + 1) * K);
    const s = g.reduce((a, b) => a + b, 0);
    return Array.from(g, (v) => v / s);
  }

  /** No sampler state: each word takes the topic k that makes θ_dk · E[β_kw] largest, its most likely topic here. */
  topicOf(d: number): TopicOf {
    const theta = this.mixture(d), c = this.lda.components;
    const totals = c.map((row) => row.reduce((a, b) => a + b, 0));
    const best = new Map<number, number>();
    return (w) => {
      let k = best.get(w);
      if (k === undefined) {
        k = 0;
        let top = -Infinity;
        for (let j = 0; j < theta.length; j++) {
          const p = (theta[j] * c[j][w]) / totals[j];
          if (p > top) { top = p; k = j; }
        }
        best.set(w, k);
      }
      return k;
    };
  }
}
