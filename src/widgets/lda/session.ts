/**
 * One run of the LDA widget: the corpus (shipped or the learner's), counted by CountVectorizer, and core's
 * LatentDirichletAllocation fitted by the method the learner chose (fit.ts): collapsed Gibbs sampling, one sweep
 * per step, or scikit-learn's batch variational EM, one iteration per step. After each iteration it records the
 * method's log-likelihood and perplexity; a frame carries what the views draw (the topics' word counts,
 * prevalence, the intertopic map). Everything derives from the params, the text and the seed, so a link's
 * iteration count replays to the same state.
 *
 * A large corpus must not hold a frame: an iteration and its measures run as slices of about SLICE_OPS
 * token × topic operations, and each step() does one slice (the run's per-frame budget fits as many as it can),
 * so `steps` counts whole iterations and `part` says how far the current one is. The start (Gibbs gives every
 * token a random topic) and its measures run at once when they are a few slices' work; else they are the first
 * slices, which the page runs in frames before it draws the views (`prepare`), or the first steps. A learner's text
 * is counted in a worker (prepare.svelte.ts) and arrives here counted.
 */
import { rowsKey } from '../shared/run-keys';
import type { RunSession } from '../shared/run-options';
import { buildCorpus, corpusNotes, type Corpus } from './corpus';
import type { Sliced } from '../../core/utils/slices';
import { makeFit, type Fit, type Measures, type Method } from './fit';
import { schema, type Params } from './params';
import { classicalMds, jensenShannon, orientAxes } from './topics';

/** Token × topic operations per slice: about 1 ms of sampling at the bench's rates, so a slice never overshoots the 8 ms budget by much. */
export const SLICE_OPS = 60_000;

/**
 * Where the documents come from: the text (with the shipped corpus' themes, if any), counted here; or a corpus
 * counted elsewhere (a learner's text, in the corpus worker); or why there is none yet (`preparing`) or at all.
 */
export interface Source {
  docs: string[];
  themes: string[];
  /** a message instead of documents (binary file, empty text) */
  problem: string;
  /** counted already: used as it is */
  corpus?: Corpus | null;
  /** the corpus is being counted elsewhere: no model until it lands (and no message) */
  preparing?: boolean;
}

/** A start of at most this many slices' token × topic operations runs at once in the constructor; a larger one is left to prepare(). */
const START_SLICES = 4;

export interface LdaFrame {
  method: Method;
  /** iterations done (sweeps, EM steps) */
  sweep: number;
  K: number;
  /** tokens of each word in each topic (nWords × K, word-major): Gibbs' counts, batch's expected counts */
  topicWord: Float64Array;
  /** tokens per topic */
  topicTotals: Float64Array;
  /** share of all tokens in each topic */
  prevalence: number[];
  /** the topics placed in 2-D (classical MDS of Jensen–Shannon divergences) */
  coords: [number, number][];
  history: { x: number[]; logLik: number[]; perplexity: number[] };
  logLik: number;
  perplexity: number;
  /** Gibbs: tokens that changed topic in the last sweep; batch: NaN */
  changed: number;
}

export function emptyFrame(): LdaFrame {
  return { method: 'gibbs', sweep: 0, K: 0, topicWord: new Float64Array(0), topicTotals: new Float64Array(0), prevalence: [], coords: [], history: { x: [], logLik: [], perplexity: [] }, logLik: NaN, perplexity: NaN, changed: NaN };
}

export class LdaSession implements RunSession {
  readonly corpus: Corpus | null;
  readonly notice: string;
  readonly fit: Fit | null;
  /** corpus frequency of each word, and its share p(w) */
  readonly wordTotals: Int32Array;
  readonly pw: Float64Array;
  /** whole iterations done (what the link's count records) */
  steps = 0;
  /** how far the iteration under way is, 0 ≤ part < 1 (only a large corpus is ever part-way) */
  part = 0;
  private readonly dataKey: string;
  private readonly hx: number[] = [];
  private readonly hLik: number[] = [];
  private readonly hPerp: number[] = [];
  private changed = NaN;
  private readonly job: Sliced<void> | null = null;
  private slices = 0;
  /** the tokens are still getting their random topics, in slices (a large corpus' start) */
  placing = false;
  /** the start's measures are still being taken, in slices (a large corpus' start) */
  measuringStart = false;
  /** the start and its measures are done: the views can be drawn (iteration 0 is in the history) */
  started = false;
  /** slices the last iteration took (1 for a small corpus) */
  slicesPerIteration = 1;

  constructor(readonly params: Params, source: Source, previous: LdaSession | null = null, ops = SLICE_OPS) {
    this.dataKey = rowsKey(schema, params, ['data']);
    const same = previous?.dataKey === this.dataKey && previous.corpus !== null;
    let corpus = same ? previous.corpus : (source.corpus ?? null);
    let problem = source.problem;
    if (!corpus && !problem && !source.preparing) ({ corpus, problem } = buildCorpus(source.docs, source.themes, params));
    this.corpus = corpus;
    if (!corpus) {
      this.notice = problem;
      this.fit = null;
      this.wordTotals = new Int32Array(0);
      this.pw = new Float64Array(0);
      return;
    }
    this.notice = corpusNotes(corpus, params.k, params.minDf).join(' ');
    this.fit = makeFit(params.method, corpus, params, ops);
    const V = corpus.vocab.length, X = corpus.X;
    this.wordTotals = new Int32Array(V);
    for (let p = 0; p < X.data.length; p++) this.wordTotals[X.indices[p]] += X.data[p];
    const N = Math.max(1, this.fit.nTokens);
    this.pw = Float64Array.from(this.wordTotals, (c) => c / N);
    this.job = this.iterations(this.fit);
    // the start and its measures (two passes over the corpus): at once for a small corpus, whatever the time it
    // takes (so the same params always give the same steps); a large one's wait for the page's frames (not even a
    // first slice here: its code is not yet compiled, and runs ten times slower)
    if (this.fit.nTokens * params.k <= START_SLICES * ops) this.prepare(Infinity);
  }

  /**
   * Runs the start's slices for at most `budgetMs` (the page calls it once a frame until it answers true);
   * true once the start is done and the views can be drawn.
   */
  prepare(budgetMs: number): boolean {
    const t0 = performance.now();
    while (this.job && !this.started && performance.now() - t0 < budgetMs) this.job.next();
    return this.started || !this.job;
  }

  get method(): Method {
    return this.params.method;
  }

  /** No corpus to fit, or no tokens in it. */
  get done(): boolean {
    return !this.fit || this.fit.nTokens === 0;
  }

  /** One slice of work: a whole iteration and its measures for a small corpus, a part of one for a large one. */
  step(): boolean {
    if (this.done || !this.job) return false;
    this.job.next();
    return true;
  }

  private *iterations(fit: Fit): Sliced<void> {
    this.placing = true;
    yield* fit.begin();
    this.placing = false;
    this.measuringStart = true;
    this.record(yield* fit.measure(), 0);
    this.measuringStart = false;
    this.started = true;
    yield;
    for (;;) {
      this.slices = 0;
      const body = (function* (self: LdaSession) {
        self.changed = yield* fit.iterate();
        self.record(yield* fit.measure(), self.steps + 1);
      })(this);
      while (!body.next().done) {
        this.slices++;
        this.part = Math.min(0.99, this.slices / this.slicesPerIteration);
        yield;
      }
      this.slicesPerIteration = this.slices + 1;
      this.part = 0;
      this.steps++;
      yield;
    }
  }

  private record(m: Measures, iteration: number): void {
    this.hx.push(iteration);
    this.hLik.push(m.logLik);
    this.hPerp.push(m.perplexity);
  }

  frame(): LdaFrame {
    const f = this.fit;
    // before the start is done the sampler's counts are partly filled: nothing to draw yet
    if (!f || !this.started) return emptyFrame();
    const K = this.params.k, V = this.wordTotals.length;
    const topicWord = f.topicWord();
    const topicTotals = new Float64Array(K);
    for (let w = 0; w < V; w++) for (let k = 0; k < K; k++) topicTotals[k] += topicWord[w * K + k];
    const N = Math.max(1, f.nTokens);
    const prevalence = Array.from(topicTotals, (n) => n / N);
    const eta = f.lda.eta;
    const phi = Array.from({ length: K }, (_, k) => {
      const row = new Float64Array(V);
      const denom = topicTotals[k] + V * eta;
      for (let w = 0; w < V; w++) row[w] = (topicWord[w * K + k] + eta) / denom;
      return row;
    });
    // symmetric, zero on the diagonal: half the K² divergences (each a pass over the vocabulary)
    const D = phi.map(() => new Array<number>(K).fill(0));
    for (let i = 0; i < K; i++) for (let j = i + 1; j < K; j++) D[i][j] = D[j][i] = jensenShannon(phi[i], phi[j]);
    const last = this.hx.length - 1;
    return {
      method: f.method,
      sweep: this.steps,
      K,
      topicWord,
      topicTotals,
      prevalence,
      coords: orientAxes(classicalMds(D)),
      history: { x: this.hx.slice(), logLik: this.hLik.slice(), perplexity: this.hPerp.slice() },
      logLik: this.hLik[last] ?? NaN,
      perplexity: this.hPerp[last] ?? NaN,
      changed: this.changed,
    };
  }
}
