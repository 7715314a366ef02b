// The LDA widget's two methods and its slicing: the numbers a session shows are core's LatentDirichletAllocation's
// for the same settings, and spreading an iteration over many slices (a large corpus, frame by frame) changes none
// of them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTopicsTsv } from '../../src/core/datasets/text';
import { LatentDirichletAllocation } from '../../src/core/models/decomposition';
import { defaults } from '../../src/params';
import { documentsFromBytes } from '../../src/widgets/lda/corpus';
import { docSegments } from '../../src/widgets/lda/document';
import { schema, type Params } from '../../src/widgets/lda/params';
import { LdaSession, emptyFrame, type Source } from '../../src/widgets/lda/session';

const shipped = parseTopicsTsv(readFileSync(new URL('../../datasets/topics-corpus.tsv', import.meta.url), 'utf8'));
const SHIPPED: Source = { ...shipped, problem: '' };
const P = (o: Partial<Params> = {}): Params => ({ ...defaults(schema), ...o }) as Params;
const own = (text: string): Source => ({ ...documentsFromBytes(new TextEncoder().encode(text)), themes: [] });

/** Steps until `iterations` whole iterations are done; how many steps that took. */
function iterate(s: LdaSession, iterations: number): number {
  let n = 0;
  while (s.steps < iterations) { s.step(); n++; }
  return n;
}

describe('batch variational method in the widget', () => {
  const p = P({ method: 'batch', k: 5, alpha: 0.2, eta: 0.2, seed: 3 });
  const s = new LdaSession(p, SHIPPED);
  iterate(s, 6);
  const core = new LatentDirichletAllocation({ nComponents: 5, method: 'batch', docTopicPrior: 0.2, topicWordPrior: 0.2, seed: 3, maxIter: 6 }).fit(s.corpus!.X);

  it('shows core’s perplexity, score and components after the same iterations', () => {
    const f = s.frame();
    expect(f.sweep).toBe(6);
    expect(f.perplexity).toBeCloseTo(core.perplexity(s.corpus!.X), 9);
    expect(f.logLik).toBeCloseTo(core.score(s.corpus!.X), 6);
    expect(s.fit!.lda.components).toEqual(core.components);
    expect(f.history.x).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // variational EM: the bound never falls
    f.history.logLik.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(f.history.logLik[i] - 1e-6));
  });
  it('a document’s mixture is transform(X)’s row; its words take their most likely topic', () => {
    const theta = core.transform(s.corpus!.X);
    for (const d of [0, 7, 150]) s.fit!.mixture(d).forEach((v, k) => expect(v).toBeCloseTo(theta[d][k], 9));
    const segs = docSegments(s.corpus!, 7, s.fit!.topicOf(7));
    expect(segs.map((x) => x.text).join('')).toBe(shipped.docs[7]);
    const c = core.components, tot = c.map((r) => r.reduce((a, b) => a + b, 0));
    for (const seg of segs.filter((x) => x.topic >= 0)) {
      const w = s.corpus!.vocabulary.get(seg.text.toLowerCase())!;
      const score = theta[7].map((t, k) => (t * c[k][w]) / tot[k]);
      expect(seg.topic).toBe(score.indexOf(Math.max(...score)));
    }
    expect(segs.filter((x) => x.topic >= 0).length).toBe(s.corpus!.X.data.slice(s.corpus!.X.indptr[7], s.corpus!.X.indptr[8]).reduce((a, b) => a + b, 0));
  });
  it('expected counts per topic add up to the corpus (prevalence sums to 1)', () => {
    const f = s.frame();
    expect(f.prevalence.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(f.coords.flat().every(Number.isFinite)).toBe(true);
  });
});

describe('an iteration spread over slices (a large corpus) shows what one step shows', () => {
  for (const method of ['gibbs', 'batch'] as const) {
    it(method, () => {
      const whole = new LdaSession(P({ method }), SHIPPED, null, Infinity);
      // slices of 40 operations: the start (random topics, then its measures) is too large for the constructor too
      const sliced = new LdaSession(P({ method }), SHIPPED, null, 40);
      expect(sliced.frame().history.x).toEqual([]);
      expect(iterate(whole, 3)).toBe(3);
      expect(sliced.started).toBe(false);
      let parts = 0, starting = 0, placing = 0;
      while (sliced.steps < 3) {
        sliced.step();
        if (sliced.placing) placing++;
        if (sliced.measuringStart) starting++;
        if (sliced.part > 0) { parts++; expect(sliced.part).toBeLessThan(1); }
      }
      // Gibbs' random start is sliced too (40 ops / 5 topics / 4 = 2 tokens a slice); batch's is one draw
      if (method === 'gibbs') expect(placing).toBeGreaterThan(100);
      else expect(placing).toBe(0);
      expect(starting).toBeGreaterThan(5);
      expect(parts).toBeGreaterThan(20);
      expect(sliced.frame().history.x).toEqual([0, 1, 2, 3]);
      expect(sliced.slicesPerIteration).toBeGreaterThan(20);
      const a = whole.frame(), b = sliced.frame();
      expect(b.sweep).toBe(3);
      expect(Array.from(b.topicWord)).toEqual(Array.from(a.topicWord));
      b.history.perplexity.forEach((v, i) => expect(v).toBeCloseTo(a.history.perplexity[i], 9));
      b.history.logLik.forEach((v, i) => expect(v).toBeCloseTo(a.history.logLik[i], 6));
    });
  }
});

describe('a large start, prepared in frames before the first draw', () => {
  for (const method of ['gibbs', 'batch'] as const) {
    it(method, () => {
      const whole = new LdaSession(P({ method }), SHIPPED, null, Infinity);
      const sliced = new LdaSession(P({ method }), SHIPPED, null, 40);
      // nothing drawn before the start is done: a half-placed sampler is no state to show
      expect(sliced.frame()).toEqual(emptyFrame());
      let frames = 0;
      while (!sliced.prepare(0.05)) frames++;
      expect(frames).toBeGreaterThan(method === 'gibbs' ? 3 : 1);
      expect(sliced.started).toBe(true);
      expect(sliced.steps).toBe(0);
      const a = whole.frame(), b = sliced.frame();
      expect(Array.from(b.topicWord)).toEqual(Array.from(a.topicWord));
      expect(b.history.x).toEqual([0]);
      // the start's measures, added up over slices: equal but for rounding
      expect(b.perplexity).toBeCloseTo(a.perplexity, 9);
      expect(b.logLik).toBeCloseTo(a.logLik, 6);
      // then the steps are the iterations, as for a start done at once
      while (sliced.steps < 2) sliced.step();
      iterate(whole, 2);
      expect(Array.from(sliced.frame().topicWord)).toEqual(Array.from(whole.frame().topicWord));
    });
  }
});

describe('bad input with the batch method: a note or a message, never NaN', () => {
  it('K larger than the number of documents', () => {
    const s = new LdaSession(P({ method: 'batch', k: 8, minDf: 1 }), own('goal striker match\noven bread flour'));
    expect(s.notice).toMatch(/K = 8 topics for 2 documents/);
    iterate(s, 5);
    const f = s.frame();
    expect([f.logLik, f.perplexity, ...f.coords.flat(), ...f.prevalence, ...s.fit!.mixture(1)].every(Number.isFinite)).toBe(true);
  });
  it('a vocabulary of one word', () => {
    const s = new LdaSession(P({ method: 'batch', minDf: 1 }), own('hello hello\nhello\nhello a b'));
    expect(s.notice).toMatch(/vocabulary is one word/);
    iterate(s, 2);
    const f = s.frame();
    expect([f.logLik, f.perplexity, ...f.coords.flat()].every(Number.isFinite)).toBe(true);
  });
  it('documents with no counted word keep a finite mixture', () => {
    const s = new LdaSession(P({ method: 'batch', minDf: 1, k: 2 }), own('Γάτα σκύλος γάτα\n猫 犬 猫 犬\nкошка собака кошка'));
    expect(s.notice).toMatch(/1 document has no counted word/);
    iterate(s, 2);
    expect(s.fit!.mixture(1).every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(s.frame().perplexity)).toBe(true);
  });
  it('all stop words: a message and nothing to run', () => {
    const s = new LdaSession(P({ method: 'batch' }), own('the and of\nit is was'));
    expect(s.notice).toMatch(/every word is an English stop word/);
    expect(s.step()).toBe(false);
  });
});
