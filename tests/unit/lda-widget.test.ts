import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTopicsTsv } from '../../src/core/datasets/text';
import { defaults } from '../../src/params';
import { documentsFromBytes } from '../../src/widgets/lda/corpus';
import { docSegments } from '../../src/widgets/lda/document';
import { schema, type Params } from '../../src/widgets/lda/params';
import { LdaSession, type Source } from '../../src/widgets/lda/session';
import { classicalMds, jensenShannon, rankByRelevance } from '../../src/widgets/lda/topics';

const shipped = parseTopicsTsv(readFileSync(new URL('../../datasets/topics-corpus.tsv', import.meta.url), 'utf8'));
const SHIPPED: Source = { ...shipped, problem: '' };
const P = (o: Partial<Params> = {}): Params => ({ ...defaults(schema), ...o }) as Params;
const own = (text: string): Source => ({ ...documentsFromBytes(new TextEncoder().encode(text)), themes: [] });

describe('LDAvis maths (hand-computed)', () => {
  it('Jensen–Shannon divergence: ln 2 for disjoint distributions, 0 for equal ones', () => {
    expect(jensenShannon([1, 0], [0, 1])).toBeCloseTo(Math.LN2, 14);
    expect(jensenShannon([0.3, 0.7], [0.3, 0.7])).toBe(0);
    // p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4); ½[½ln(2/3) + ½ln 2] + ½[ln(4/3)]
    expect(jensenShannon([0.5, 0.5], [1, 0])).toBeCloseTo(0.5 * (0.5 * Math.log(2 / 3) + 0.5 * Math.log(2)) + 0.5 * Math.log(4 / 3), 14);
  });
  it('classical MDS recovers points on a line and a right triangle', () => {
    const line = classicalMds([[0, 1, 3], [1, 0, 2], [3, 2, 0]]);
    expect(Math.abs(line[0][0] - line[2][0])).toBeCloseTo(3, 10);
    expect(Math.abs(line[0][0] - line[1][0])).toBeCloseTo(1, 10);
    line.forEach((p) => expect(p[1]).toBeCloseTo(0, 10));
    const tri = classicalMds([[0, 3, 4], [3, 0, 5], [4, 5, 0]]);
    const dist = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    expect(dist(tri[0], tri[1])).toBeCloseTo(3, 10);
    expect(dist(tri[1], tri[2])).toBeCloseTo(5, 10);
    expect(classicalMds([[0]])).toEqual([[0, 0]]);
  });
  it('relevance: λ = 1 ranks by p(w|t), λ = 0 by lift', () => {
    const phi = [0.5, 0.3, 0.2], pw = [0.6, 0.1, 0.3];
    expect(rankByRelevance(phi, pw, 1, 3).map((r) => r.word)).toEqual([0, 1, 2]);
    expect(rankByRelevance(phi, pw, 0, 3).map((r) => r.word)).toEqual([1, 0, 2]); // lifts 0.83, 3, 0.67
    expect(rankByRelevance(phi, pw, 0.5, 1)[0].relevance).toBeCloseTo(0.5 * Math.log(0.3) + 0.5 * Math.log(3), 14);
  });
});

describe('LdaSession', () => {
  it('the same params give the same sweeps', () => {
    const a = new LdaSession(P(), SHIPPED), b = new LdaSession(P(), SHIPPED);
    for (let i = 0; i < 5; i++) { a.step(); b.step(); }
    expect(Array.from(a.fit!.lda.sampler!.z)).toEqual(Array.from(b.fit!.lda.sampler!.z));
    expect(a.frame().history.logLik).toEqual(b.frame().history.logLik);
  });
  it('log p(w, z) rises from the random start, perplexity falls; the frame has no NaN', () => {
    const s = new LdaSession(P(), SHIPPED);
    for (let i = 0; i < 60; i++) s.step();
    const f = s.frame();
    expect(f.history.logLik.at(-1)!).toBeGreaterThan(f.history.logLik[0] + 1000);
    expect(f.history.perplexity.at(-1)!).toBeLessThan(f.history.perplexity[0] * 0.7);
    expect(f.coords.flat().every(Number.isFinite)).toBe(true);
    expect(f.prevalence.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('colours a document’s words by their tokens’ topics', () => {
    const s = new LdaSession(P(), SHIPPED);
    s.step();
    const sampler = s.fit!.lda.sampler!;
    const segs = docSegments(s.corpus!, 0, s.fit!.topicOf(0));
    expect(segs.map((x) => x.text).join('')).toBe(shipped.docs[0]);
    const coloured = segs.filter((x) => x.topic >= 0);
    const a = sampler.tokenStart[0], b = sampler.tokenStart[1];
    expect(coloured.length).toBe(b - a);
    // the multiset of topics shown equals the document's counts
    const counts = new Array(5).fill(0);
    coloured.forEach((x) => counts[x.topic]++);
    expect(counts).toEqual(Array.from(sampler.nDocTopic.slice(0, 5)));
    expect(s.fit!.mixture(0).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
  });
  it('reuses the counted corpus when only the model changed', () => {
    const a = new LdaSession(P(), SHIPPED);
    expect(new LdaSession(P({ k: 3 }), SHIPPED, a).corpus).toBe(a.corpus);
    expect(new LdaSession(P({ minDf: 3 }), SHIPPED, a).corpus).not.toBe(a.corpus);
  });
});

describe('bad input: a message, never an exception or NaN', () => {
  const cases: [string, Source, Partial<Params>, RegExp][] = [
    ['empty text', own('  \n\n '), {}, /text is empty/],
    ['all stop words', own('the and of\nit is was\nwe are the'), {}, /every word is an English stop word/],
    ['binary bytes', { ...documentsFromBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff])), themes: [] }, {}, /not UTF-8|binary/],
    ['empty corpus', { docs: [], themes: [], problem: '' }, {}, /corpus is empty/],
    ['minDf cuts everything', own('alpha beta\ngamma delta\nepsilon zeta'), { minDf: 2 }, /No words are left/],
  ];
  for (const [name, source, o, msg] of cases) {
    it(name, () => {
      const s = new LdaSession(P(o), source);
      expect(s.notice).toMatch(msg);
      expect(s.done).toBe(true);
      expect(s.step()).toBe(false);
    });
  }
  it('K larger than the number of documents: runs, with a note', () => {
    const s = new LdaSession(P({ k: 8, minDf: 1 }), own('goal striker match\noven bread flour'));
    expect(s.notice).toMatch(/K = 8 topics for 2 documents/);
    for (let i = 0; i < 10; i++) s.step();
    const f = s.frame();
    expect([f.logLik, f.perplexity, ...f.coords.flat(), ...f.prevalence].every(Number.isFinite)).toBe(true);
  });
  it('a vocabulary of one word: runs, with a note, perplexity 1', () => {
    const s = new LdaSession(P({ minDf: 1 }), own('hello hello\nhello\nhello a b'));
    expect(s.notice).toMatch(/vocabulary is one word/);
    s.step();
    expect(s.frame().perplexity).toBeCloseTo(1, 12);
    expect(s.frame().coords.flat().every(Number.isFinite)).toBe(true);
  });
  it('non-English text is modelled (Unicode words)', () => {
    const s = new LdaSession(P({ minDf: 1, k: 2 }), own('Γάτα σκύλος γάτα\n猫 犬 猫 犬\nкошка собака кошка'));
    // single CJK characters are one-letter tokens for \b\w\w+\b (as scikit-learn): that line counts no word
    expect(s.notice).toMatch(/1 document has no counted word/);
    expect(s.corpus!.vocab).toContain('γάτα');
    expect(s.corpus!.vocab).toContain('собака');
    s.step();
    expect(Number.isFinite(s.frame().perplexity)).toBe(true);
  });
});
