import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CountVectorizer, fromDense, type CountMatrix } from '../../src/core/feature_extraction';
import { GibbsSampler, LatentDirichletAllocation } from '../../src/core/models/decomposition';
import { parseTopicsTsv } from '../../src/core/datasets/text';
import { Rng } from '../../src/core/random';
import { bestPermutation, normalise, slice } from './helpers/topics';

const fx = JSON.parse(readFileSync(new URL('../fixtures/lda.json', import.meta.url), 'utf8'));
const g = fx.gibbs;
const corpus = parseTopicsTsv(readFileSync(new URL('../../datasets/topics-corpus.tsv', import.meta.url), 'utf8'));

/** Sets the sampler's state to assignment z (recounting), for checking the joint of known states. */
function setState(s: GibbsSampler, z: number[]) {
  s.nDocTopic.fill(0); s.nWordTopic.fill(0); s.nTopic.fill(0);
  z.forEach((k, i) => { s.z[i] = k; s.nDocTopic[s.docOf[i] * s.nTopics + k]++; s.nWordTopic[s.wordOf[i] * s.nTopics + k]++; s.nTopic[k]++; });
}

describe('collapsed Gibbs sampling', () => {
  it('log p(w, z) of every state equals the Dirichlet–multinomial formula (scipy)', () => {
    const s = new GibbsSampler(fromDense(g.counts), g.K, g.alpha, g.eta, new Rng(0));
    expect(Array.from(s.docOf)).toEqual([0, 0, 1]);
    expect(Array.from(s.wordOf)).toEqual([0, 1, 1]);
    g.states.forEach((z: number[], i: number) => { setState(s, z); expect(s.logJoint()).toBeCloseTo(g.logJoint[i], 12); });
  });

  it('visits each assignment as often as its exact posterior p(z | w)', () => {
    const s = new GibbsSampler(fromDense(g.counts), g.K, g.alpha, g.eta, new Rng(7));
    const visits = new Array(8).fill(0);
    const n = 200_000;
    for (let t = 0; t < n; t++) { s.sweep(); visits[s.z[0] * 4 + s.z[1] * 2 + s.z[2]]++; }
    visits.forEach((v, i) => expect(Math.abs(v / n - g.posterior[i])).toBeLessThan(0.006));
  });

  it('one word in one topic: the joint is log 1 = 0, whatever the priors', () => {
    const s = new GibbsSampler(fromDense([[2]]), 1, 0.7, 0.2, new Rng(1));
    expect(s.logJoint()).toBeCloseTo(0, 12);
    expect(s.tokenLogLikelihood()).toBeCloseTo(0, 12);
  });

  it('held-in perplexity of a known state, computed by hand', () => {
    // doc 0 = w0 w0 w1, doc 1 = w1 w1 w1; K = 2, α = 1/2, η = 1/10; z = 0 0 1 | 1 1 1
    const s = new GibbsSampler(fromDense([[2, 1], [0, 3]]), 2, 0.5, 0.1, new Rng(1));
    setState(s, [0, 0, 1, 1, 1, 1]);
    // θ̂_0 = (2.5, 1.5) / 4, θ̂_1 = (0.5, 3.5) / 4; φ̂_0 = (2.1, 0.1) / 2.2, φ̂_1 = (0.1, 4.1) / 4.2
    const p00 = (5 / 8) * (21 / 22) + (3 / 8) * (1 / 42); // p(w0 | doc 0) = 0.6055194805…
    const p01 = (5 / 8) * (1 / 22) + (3 / 8) * (41 / 42); // p(w1 | doc 0) = 0.3944805194…
    const p11 = (1 / 8) * (1 / 22) + (7 / 8) * (41 / 42); // p(w1 | doc 1) = 0.8598484848…
    expect(p00 + p01).toBeCloseTo(1, 14);
    const ll = 2 * Math.log(p00) + Math.log(p01) + 3 * Math.log(p11);
    expect(ll).toBeCloseTo(-2.38652, 5); // −1.003337 − 0.930186 − 0.452997
    expect(s.tokenLogLikelihood()).toBeCloseTo(ll, 13);
    // the same sum taken document by document, as the widget adds it up over frames
    expect(s.tokenLogLikelihood(0, 1) + s.tokenLogLikelihood(1, 2)).toBeCloseTo(ll, 13);
    expect(Math.exp(-s.tokenLogLikelihood() / 6)).toBeCloseTo(1.488477, 6);
  });

  it('a sweep cut into slices draws what one sweep draws', () => {
    const X = new CountVectorizer({ stopWords: 'english' }).fitTransform(corpus.docs.slice(0, 40));
    const a = new GibbsSampler(X, 4, 0.25, 0.1, new Rng(5)), b = new GibbsSampler(X, 4, 0.25, 0.1, new Rng(5));
    for (let t = 0; t < 3; t++) {
      const changed = a.sweep();
      let moved = 0;
      for (let i = 0; i < b.nTokens; i += 97) moved += b.sample(i, Math.min(b.nTokens, i + 97));
      b.endSweep();
      expect(moved).toBe(changed);
    }
    expect(Array.from(b.z)).toEqual(Array.from(a.z));
    expect(b.sweeps).toBe(3);
  });

  it('a random start cut into slices places every token as the constructor does', () => {
    const X = new CountVectorizer({ stopWords: 'english' }).fitTransform(corpus.docs.slice(0, 40));
    const a = new GibbsSampler(X, 4, 0.25, 0.1, new Rng(9)), b = new GibbsSampler(X, 4, 0.25, 0.1, new Rng(9), true);
    expect(b.nTokens).toBe(a.nTokens);
    expect(b.nTopic.reduce((x, y) => x + y, 0)).toBe(0);
    let slices = 1;
    for (const _ of b.startInSlices(50)) slices++;
    expect(slices).toBeGreaterThan(a.nTokens / 60);
    for (const key of ['z', 'docOf', 'wordOf', 'tokenStart', 'nDocTopic', 'nWordTopic', 'nTopic'] as const) expect(Array.from(b[key])).toEqual(Array.from(a[key]));
    // and it samples on from there as the sampler started at once does
    a.sweep(); b.sweep();
    expect(Array.from(b.z)).toEqual(Array.from(a.z));
  });

  it('keeps its counts consistent with the assignments', () => {
    const X = new CountVectorizer({ stopWords: 'english' }).fitTransform(corpus.docs.slice(0, 50));
    const s = new GibbsSampler(X, 4, 0.25, 0.1, new Rng(3));
    for (let t = 0; t < 5; t++) s.sweep();
    const ndk = new Int32Array(s.nDocTopic.length);
    s.z.forEach((k, i) => ndk[s.docOf[i] * 4 + k]++);
    expect(Array.from(ndk)).toEqual(Array.from(s.nDocTopic));
    expect(s.nTopic.reduce((a, b) => a + b, 0)).toBe(s.nTokens);
  });
});

describe('Gibbs LDA recovers the shipped corpus’ five themes', () => {
  const v = new CountVectorizer({ stopWords: 'english', minDf: 2 });
  const X = v.fitTransform(corpus.docs);
  const lda = new LatentDirichletAllocation({ nComponents: 5, method: 'gibbs', maxIter: 150, seed: 1 });
  const theta = lda.fitTransform(X);
  const themes = [...new Set(corpus.themes)];

  it('each theme’s documents share one dominant topic, a different one per theme (≥ 95 % of documents)', () => {
    const dominant = theta.map((r) => r.indexOf(Math.max(...r)));
    const topicOf = themes.map((t) => {
      const votes = new Array(5).fill(0);
      dominant.forEach((k, d) => { if (corpus.themes[d] === t) votes[k]++; });
      return votes.indexOf(Math.max(...votes));
    });
    expect(new Set(topicOf).size).toBe(5);
    const agree = dominant.filter((k, d) => k === topicOf[themes.indexOf(corpus.themes[d])]).length;
    expect(agree / dominant.length).toBeGreaterThan(0.95);
  });

  it('agrees with scikit-learn’s batch variational topics: the same top 5 words, distributions within 0.03', () => {
    const ref = fx.lda;
    const train = slice(X, 0, ref.nTrain);
    expect(v.getFeatureNamesOut()).toEqual(ref.features);
    const ours = normalise(new LatentDirichletAllocation({ nComponents: 5, method: 'gibbs', maxIter: 150, seed: 1 }).fit(train).components);
    const theirs = normalise(ref.components);
    const perm = bestPermutation(theirs, ours);
    const top = (row: number[]) => row.map((p, i) => [p, i]).sort((a, b) => b[0] - a[0]).slice(0, 5).map((p) => p[1]).sort((a, b) => a - b);
    theirs.forEach((row, k) => {
      expect(top(ours[perm[k]])).toEqual(top(row));
      row.forEach((p, w) => expect(Math.abs(p - ours[perm[k]][w])).toBeLessThan(0.03));
    });
  });

  it('has a training perplexity near scikit-learn’s (within 5 %)', () => {
    const ref = fx.lda;
    const train: CountMatrix = slice(X, 0, ref.nTrain);
    const fit = new LatentDirichletAllocation({ nComponents: 5, method: 'gibbs', maxIter: 150, seed: 1 }).fit(train);
    expect(Math.abs(fit.perplexity(train) - ref.perplexityTrain) / ref.perplexityTrain).toBeLessThan(0.05);
  });
});
