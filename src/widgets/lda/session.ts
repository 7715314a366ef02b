/**
 * One run of the LDA widget: the corpus (shipped or the learner's), counted by CountVectorizer, and a collapsed
 * Gibbs sampler (core's LatentDirichletAllocation, method 'gibbs') that advances one sweep per step. After each
 * sweep it records log p(w, z) and the training perplexity; a frame carries what the views draw (the topics'
 * word counts, prevalence, the intertopic map). Everything derives from the params, the text and the seed, so a
 * link's sweep count replays to the same state.
 */
import { LatentDirichletAllocation } from '../../core/models/decomposition';
import type { GibbsSampler } from '../../core/models/decomposition';
import { rowsKey } from '../shared/run-keys';
import type { RunSession } from '../shared/run-options';
import { buildCorpus, corpusNotes, type Corpus } from './corpus';
import { schema, type Params } from './params';
import { classicalMds, jensenShannon, orientAxes } from './topics';

/** Where the documents come from: the text (with the shipped corpus' themes, if any), or why there is none. */
export interface Source {
  docs: string[];
  themes: string[];
  /** a message instead of documents (binary file, empty text) */
  problem: string;
}

export interface LdaFrame {
  sweep: number;
  K: number;
  /** topic–word counts n_kw (nWords × K, word-major) */
  wordTopic: Int32Array;
  /** tokens per topic */
  topicTotals: Int32Array;
  /** share of all tokens in each topic */
  prevalence: number[];
  /** the topics placed in 2-D (classical MDS of Jensen–Shannon divergences) */
  coords: [number, number][];
  history: { x: number[]; logJoint: number[]; perplexity: number[] };
  logJoint: number;
  perplexity: number;
  /** tokens that changed topic in the last sweep */
  changed: number;
}

export function emptyFrame(): LdaFrame {
  return { sweep: 0, K: 0, wordTopic: new Int32Array(0), topicTotals: new Int32Array(0), prevalence: [], coords: [], history: { x: [], logJoint: [], perplexity: [] }, logJoint: NaN, perplexity: NaN, changed: NaN };
}

export class LdaSession implements RunSession {
  readonly corpus: Corpus | null;
  readonly notice: string;
  readonly lda: LatentDirichletAllocation | null;
  readonly sampler: GibbsSampler | null;
  /** corpus frequency of each word, and its share p(w) */
  readonly wordTotals: Int32Array;
  readonly pw: Float64Array;
  steps = 0;
  private readonly dataKey: string;
  private readonly hx: number[] = [];
  private readonly hJoint: number[] = [];
  private readonly hPerp: number[] = [];
  private changed = NaN;

  constructor(readonly params: Params, source: Source, previous: LdaSession | null = null) {
    this.dataKey = rowsKey(schema, params, ['data']);
    const same = previous?.dataKey === this.dataKey && previous.corpus !== null;
    let corpus = same ? previous.corpus : null;
    let problem = source.problem;
    if (!corpus && !problem) ({ corpus, problem } = buildCorpus(source.docs, source.themes, params));
    this.corpus = corpus;
    if (!corpus) {
      this.notice = problem;
      this.lda = null;
      this.sampler = null;
      this.wordTotals = new Int32Array(0);
      this.pw = new Float64Array(0);
      return;
    }
    this.notice = corpusNotes(corpus, params.k, params.minDf).join(' ');
    this.lda = new LatentDirichletAllocation({ nComponents: params.k, method: 'gibbs', docTopicPrior: params.alpha, topicWordPrior: params.eta, seed: params.seed, maxIter: Number.MAX_SAFE_INTEGER });
    this.lda.start(corpus.X);
    this.sampler = this.lda.sampler!;
    const V = corpus.vocab.length, X = corpus.X;
    this.wordTotals = new Int32Array(V);
    for (let p = 0; p < X.data.length; p++) this.wordTotals[X.indices[p]] += X.data[p];
    const N = Math.max(1, this.sampler.nTokens);
    this.pw = Float64Array.from(this.wordTotals, (c) => c / N);
    this.record();
  }

  /** No corpus to sample, or no tokens in it. */
  get done(): boolean {
    return !this.sampler || this.sampler.nTokens === 0;
  }

  /** One Gibbs sweep over every token. */
  step(): boolean {
    const s = this.sampler;
    if (!s || s.nTokens === 0) return false;
    this.changed = s.sweep();
    this.steps++;
    this.record();
    return true;
  }

  private record(): void {
    const s = this.sampler!;
    this.hx.push(s.sweeps);
    this.hJoint.push(s.logJoint());
    this.hPerp.push(s.nTokens > 0 ? Math.exp(-s.tokenLogLikelihood() / s.nTokens) : NaN);
  }

  frame(): LdaFrame {
    const s = this.sampler;
    if (!s) return emptyFrame();
    const K = s.nTopics, V = s.nWords;
    const N = Math.max(1, s.nTokens);
    const prevalence = Array.from(s.nTopic, (n) => n / N);
    const phi = Array.from({ length: K }, (_, k) => {
      const row = new Float64Array(V);
      const denom = s.nTopic[k] + V * s.eta;
      for (let w = 0; w < V; w++) row[w] = (s.nWordTopic[w * K + k] + s.eta) / denom;
      return row;
    });
    const D = phi.map((p) => phi.map((q) => jensenShannon(p, q)));
    const last = this.hx.length - 1;
    return {
      sweep: s.sweeps,
      K,
      wordTopic: s.nWordTopic.slice(),
      topicTotals: s.nTopic.slice(),
      prevalence,
      coords: orientAxes(classicalMds(D)),
      history: { x: this.hx.slice(), logJoint: this.hJoint.slice(), perplexity: this.hPerp.slice() },
      logJoint: this.hJoint[last],
      perplexity: this.hPerp[last],
      changed: this.changed,
    };
  }
}
