/**
 * Collapsed Gibbs sampling for LDA (Griffiths and Steyvers 2004), one sweep at a time, on typed arrays.
 *
 * Every token i (word w in document d) carries a topic z_i. A sweep visits each token once: it removes the token
 * from the counts, then draws a new topic with probability
 *   p(z_i = k | rest) ∝ (n_dk + α) · (n_kw + η) / (n_k + V·η)
 * and adds it back. Tokens are stored document by document, and within a document grouped by word in column
 * order (the order of the CSR counts), so token `tokenStart[d] + j` is the j-th token of document d.
 */
import type { CountMatrix } from '../../feature_extraction/text/sparse';
import type { Rng } from '../../random';
import { runSlices, type Sliced } from '../../utils/slices';
import { gammaln } from './lda-math';

export class GibbsSampler {
  readonly nTopics: number;
  readonly nDocs: number;
  readonly nWords: number;
  readonly nTokens: number;
  /** tokens of document d: [tokenStart[d], tokenStart[d + 1]) */
  readonly tokenStart: Int32Array;
  readonly docOf: Int32Array;
  readonly wordOf: Int32Array;
  /** each token's current topic: the sampler's state */
  readonly z: Int32Array;
  /** document–topic counts (nDocs × K), topic–word counts (nWords × K, word-major for the inner loop), topic totals */
  readonly nDocTopic: Int32Array;
  readonly nWordTopic: Int32Array;
  readonly nTopic: Int32Array;
  /** sweeps done */
  sweeps = 0;
  private readonly p: Float64Array;

  /**
   * `deferStart`: leave the tokens unplaced (every count 0) for the caller to place with `startInSlices`, so a
   * page can spread a large corpus' random start over frames; by default they are placed here at once.
   */
  constructor(private readonly X: CountMatrix, K: number, readonly alpha: number, readonly eta: number, private readonly rng: Rng, deferStart = false) {
    this.nTopics = K;
    this.nDocs = X.nRows;
    this.nWords = X.nCols;
    this.tokenStart = new Int32Array(this.nDocs + 1);
    let n = 0;
    for (let d = 0; d < this.nDocs; d++) {
      this.tokenStart[d] = n;
      for (let q = X.indptr[d]; q < X.indptr[d + 1]; q++) {
        const c = X.data[q];
        if (!(Number.isInteger(c) && c >= 0)) throw new RangeError(`LatentDirichletAllocation: Gibbs sampling needs whole-number counts; got ${c}`);
        n += c;
      }
    }
    this.tokenStart[this.nDocs] = n;
    this.nTokens = n;
    this.docOf = new Int32Array(n);
    this.wordOf = new Int32Array(n);
    this.z = new Int32Array(n);
    this.nDocTopic = new Int32Array(this.nDocs * K);
    this.nWordTopic = new Int32Array(this.nWords * K);
    this.nTopic = new Int32Array(K);
    this.p = new Float64Array(K);
    if (!deferStart) runSlices(this.startInSlices(Infinity));
  }

  /**
   * The random start: every token gets a topic drawn uniformly, document by document, yielding after each run of
   * documents that holds about `slice` tokens. The draws are the same whatever the slice (the constructor's).
   */
  *startInSlices(slice: number): Sliced<void> {
    const { X, nTopics: K, rng, docOf, wordOf, z, nDocTopic, nWordTopic, nTopic } = this;
    let since = 0;
    for (let d = 0; d < this.nDocs; d++) {
      for (let q = X.indptr[d], i = this.tokenStart[d]; q < X.indptr[d + 1]; q++) {
        const w = X.indices[q];
        for (let c = 0; c < X.data[q]; c++, i++) {
          const k = rng.int(K);
          docOf[i] = d;
          wordOf[i] = w;
          z[i] = k;
          nDocTopic[d * K + k]++;
          nWordTopic[w * K + k]++;
          nTopic[k]++;
        }
      }
      since += this.tokenStart[d + 1] - this.tokenStart[d];
      if (since >= slice && d + 1 < this.nDocs) {
        since = 0;
        yield;
      }
    }
  }

  /** One sweep over every token; returns how many tokens changed topic. */
  sweep(): number {
    const changed = this.sample(0, this.nTokens);
    this.sweeps++;
    return changed;
  }

  /**
   * Resamples tokens [from, to) in order; returns how many changed topic. A sweep cut into such slices (each
   * starting where the last one ended) draws exactly what sweep() draws: a page spreads a large corpus' sweep over
   * frames this way, then counts it with endSweep().
   */
  sample(from: number, to: number): number {
    const { nTopics: K, z, docOf, wordOf, nDocTopic, nWordTopic, nTopic, p, alpha, eta, rng } = this;
    const vEta = this.nWords * eta;
    let changed = 0;
    for (let i = from; i < to; i++) {
      const dk = docOf[i] * K, wk = wordOf[i] * K, old = z[i];
      nDocTopic[dk + old]--; nWordTopic[wk + old]--; nTopic[old]--;
      let sum = 0;
      for (let k = 0; k < K; k++) {
        sum += ((nDocTopic[dk + k] + alpha) * (nWordTopic[wk + k] + eta)) / (nTopic[k] + vEta);
        p[k] = sum;
      }
      const u = rng.random() * sum;
      let k = 0;
      while (k < K - 1 && p[k] <= u) k++;
      z[i] = k;
      nDocTopic[dk + k]++; nWordTopic[wk + k]++; nTopic[k]++;
      if (k !== old) changed++;
    }
    return changed;
  }

  /** A sweep done slice by slice with sample() is complete. */
  endSweep(): void {
    this.sweeps++;
  }

  /** θ̂: (n_dk + α) / (n_d + K·α), nDocs × K. */
  docTopic(): Float64Array {
    const K = this.nTopics, out = new Float64Array(this.nDocs * K);
    for (let d = 0; d < this.nDocs; d++) {
      const nd = this.tokenStart[d + 1] - this.tokenStart[d];
      for (let k = 0; k < K; k++) out[d * K + k] = (this.nDocTopic[d * K + k] + this.alpha) / (nd + K * this.alpha);
    }
    return out;
  }

  /** Topic–word pseudo-counts n_kw + η, K × nWords (scikit-learn's components_ layout). */
  components(): Float64Array {
    const K = this.nTopics, V = this.nWords, out = new Float64Array(K * V);
    for (let w = 0; w < V; w++) for (let k = 0; k < K; k++) out[k * V + w] = this.nWordTopic[w * K + k] + this.eta;
    return out;
  }

  /**
   * log p(w, z | α, η), the collapsed joint likelihood of the words and the current assignments (what Gibbs
   * samplers such as MALLET report): it rises as the sampler settles, then wanders around a plateau.
   */
  logJoint(): number {
    return this.logJointTopics() + this.logJointDocs(0, this.nDocs);
  }

  /** The topics' part of log p(w, z): the word counts n_kw and totals n_k against η. */
  logJointTopics(): number {
    const { nTopics: K, nWords: V, eta } = this;
    let s = K * (gammaln(V * eta) - V * gammaln(eta));
    for (let k = 0; k < K; k++) s -= gammaln(this.nTopic[k] + V * eta);
    for (let i = 0; i < this.nWordTopic.length; i++) s += gammaln(this.nWordTopic[i] + eta);
    return s;
  }

  /** Documents [d0, d1)'s part of log p(w, z): their topic counts n_dk against α (added up over slices by a page). */
  logJointDocs(d0: number, d1: number): number {
    const { nTopics: K, alpha } = this;
    let s = (d1 - d0) * (gammaln(K * alpha) - K * gammaln(alpha));
    for (let d = d0; d < d1; d++) {
      s -= gammaln(this.tokenStart[d + 1] - this.tokenStart[d] + K * alpha);
      for (let k = 0; k < K; k++) s += gammaln(this.nDocTopic[d * K + k] + alpha);
    }
    return s;
  }

  /**
   * Σ_tokens log Σ_k θ̂_dk φ̂_kw, the log-likelihood of the words under the current point estimates
   * θ̂ = (n_dk + α)/(n_d + Kα), φ̂ = (n_kw + η)/(n_k + Vη); exp(−it / tokens) is the held-in perplexity (the
   * standard one for a Gibbs sampler's current estimates, e.g. MALLET's and the `lda` package's). Documents
   * [d0, d1) only, so a page can add it up over frames.
   */
  tokenLogLikelihood(d0 = 0, d1 = this.nDocs): number {
    const { nTopics: K, nWords: V, alpha, eta } = this;
    let s = 0;
    for (let d = d0; d < d1; d++) {
      const a = this.tokenStart[d], b = this.tokenStart[d + 1];
      const norm = b - a + K * alpha;
      // tokens of one word sit next to each other: one probability per run
      for (let i = a; i < b;) {
        const w = this.wordOf[i];
        let j = i;
        while (j < b && this.wordOf[j] === w) j++;
        let pw = 0;
        for (let k = 0; k < K; k++) pw += ((this.nDocTopic[d * K + k] + alpha) / norm) * ((this.nWordTopic[w * K + k] + eta) / (this.nTopic[k] + V * eta));
        s += (j - i) * Math.log(pw);
        i = j;
      }
    }
    return s;
  }
}
