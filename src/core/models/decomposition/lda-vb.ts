/**
 * scikit-learn's variational Bayes for LDA (sklearn.decomposition._lda, 1.2, after Hoffman, Blei and Bach 2010),
 * on CSR counts: the E-step per document (_update_doc_distribution) and the evidence lower bound (_approx_bound).
 * Matrices are row-major Float64Arrays: the topic–word parameters are nTopics × nWords, the document–topic
 * parameters nDocs × nTopics.
 */
import type { CountMatrix } from '../../feature_extraction/text/sparse';
import { dirichletExpectation, digamma, gammaDraw, gammaln } from './lda-math';
import type { Rng } from '../../random';

const EPS = 2.220446049250313e-16; // np.finfo(float).eps

export interface EStepOptions {
  alpha: number;
  maxDocUpdateIter: number;
  meanChangeTol: number;
  /** Also return the sufficient statistics (before scikit-learn's multiplication by exp E[log β]). */
  sstats: boolean;
  /** Start each document's γ from Gamma(100, 1/100) draws (fitting), or from ones (transform, score). */
  rng: Rng | null;
  /**
   * Add the sufficient statistics into this K × nWords array instead of a new one: an E-step run over row
   * slices of X (see rowSlice), in order, then adds exactly what one E-step over all rows adds, draws included.
   */
  into?: Float64Array;
}

/**
 * Rows [d0, d1) of X as a CSR matrix sharing X's arrays: indptr keeps absolute offsets into indices and data,
 * which is all eStep and docBound read.
 */
export function rowSlice(X: CountMatrix, d0: number, d1: number): CountMatrix {
  return { ...X, nRows: d1 - d0, indptr: X.indptr.subarray(d0, d1 + 1) };
}

/** The E-step: each document's variational Dirichlet parameters γ (nDocs × K), and the sufficient statistics. */
export function eStep(X: CountMatrix, expTopicWord: Float64Array, K: number, o: EStepOptions): { gamma: Float64Array; sstats: Float64Array | null } {
  const V = X.nCols;
  const D = X.nRows;
  const gamma = new Float64Array(D * K);
  if (o.rng) for (let i = 0; i < gamma.length; i++) gamma[i] = gammaDraw(o.rng, 100, 0.01);
  else gamma.fill(1);
  const expDoc = dirichletExpectation(gamma, D, K);
  for (let i = 0; i < expDoc.length; i++) expDoc[i] = Math.exp(expDoc[i]);
  const sstats = o.sstats ? (o.into ?? new Float64Array(K * V)) : null;
  const doc = new Float64Array(K), last = new Float64Array(K), e = new Float64Array(K);
  let norm = new Float64Array(16);
  for (let d = 0; d < D; d++) {
    const p0 = X.indptr[d], m = X.indptr[d + 1] - p0;
    if (norm.length < m) norm = new Float64Array(m);
    for (let k = 0; k < K; k++) { doc[k] = gamma[d * K + k]; e[k] = expDoc[d * K + k]; }
    for (let it = 0; it < o.maxDocUpdateIter; it++) {
      last.set(doc);
      for (let j = 0; j < m; j++) {
        const w = X.indices[p0 + j];
        let s = 0;
        for (let k = 0; k < K; k++) s += e[k] * expTopicWord[k * V + w];
        norm[j] = X.data[p0 + j] / (s + EPS);
      }
      let total = 0;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += norm[j] * expTopicWord[k * V + X.indices[p0 + j]];
        doc[k] = e[k] * s + o.alpha;
        total += doc[k];
      }
      const pt = digamma(total);
      let change = 0;
      for (let k = 0; k < K; k++) { e[k] = Math.exp(digamma(doc[k]) - pt); change += Math.abs(last[k] - doc[k]); }
      if (change / K < o.meanChangeTol) break;
    }
    for (let k = 0; k < K; k++) gamma[d * K + k] = doc[k];
    if (sstats) {
      for (let j = 0; j < m; j++) {
        const w = X.indices[p0 + j];
        let s = 0;
        for (let k = 0; k < K; k++) s += e[k] * expTopicWord[k * V + w];
        const c = X.data[p0 + j] / (s + EPS);
        for (let k = 0; k < K; k++) sstats[k * V + w] += e[k] * c;
      }
    }
  }
  return { gamma, sstats };
}

/** Σ (prior − q)·E[log] + Σ (ln Γ(q) − ln Γ(prior)) + Σ_rows (ln Γ(prior·size) − ln Γ(Σ q)): scikit-learn's _loglikelihood. */
function dirichletTerm(prior: number, q: Float64Array, elog: Float64Array, rows: number, cols: number): number {
  let s = 0;
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let c = 0; c < cols; c++) {
      const v = q[r * cols + c];
      s += (prior - v) * elog[r * cols + c] + gammaln(v) - gammaln(prior);
      sum += v;
    }
    s += gammaln(prior * cols) - gammaln(sum);
  }
  return s;
}

/** scikit-learn's _approx_bound(X, γ, sub_sampling=False): the evidence lower bound of the counts X. */
export function approxBound(X: CountMatrix, gamma: Float64Array, lambda: Float64Array, K: number, alpha: number, eta: number): number {
  const elogBeta = dirichletExpectation(lambda, K, X.nCols);
  return docBound(X, gamma, elogBeta, K, alpha) + topicBound(lambda, elogBeta, K, eta);
}

/** The topics' part of the bound: E[log p(β | η)] − E[log q(β | λ)], given E[log β] (K × nWords). */
export function topicBound(lambda: Float64Array, elogBeta: Float64Array, K: number, eta: number): number {
  return dirichletTerm(eta, lambda, elogBeta, K, lambda.length / K);
}

/**
 * The documents' part of the bound for the rows of X (γ: their nRows × K parameters), given E[log β]: the words'
 * expected log-likelihood and E[log p(θ | α)] − E[log q(θ | γ)]. Adding it over row slices gives the whole.
 */
export function docBound(X: CountMatrix, gamma: Float64Array, elogBeta: Float64Array, K: number, alpha: number): number {
  const V = X.nCols;
  const D = X.nRows;
  const elogTheta = dirichletExpectation(gamma, D, K);
  let score = 0;
  const t = new Float64Array(K);
  for (let d = 0; d < D; d++) {
    for (let p = X.indptr[d]; p < X.indptr[d + 1]; p++) {
      const w = X.indices[p];
      let mx = -Infinity;
      for (let k = 0; k < K; k++) { t[k] = elogTheta[d * K + k] + elogBeta[k * V + w]; if (t[k] > mx) mx = t[k]; }
      let s = 0;
      for (let k = 0; k < K; k++) s += Math.exp(t[k] - mx);
      score += X.data[p] * (mx + Math.log(s));
    }
  }
  return score + dirichletTerm(alpha, gamma, elogTheta, D, K);
}
