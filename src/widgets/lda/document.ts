/**
 * One document as the views show it: its text cut into pieces, each counted word carrying the topic its token
 * has right now in the sampler (the sampler's state made visible), and its topic mixture θ_d.
 */
import type { GibbsSampler } from '../../core/models/decomposition';
import type { Corpus } from './corpus';

export interface Segment {
  text: string;
  /** the token's current topic, or -1 for text that is not a counted word (spaces, stop words, cut words) */
  topic: number;
}

const WORD = /[\p{L}\p{N}_]{2,}/gu;

/** Document d's text in pieces. The k-th occurrence of word w is the sampler's k-th token of w in document d. */
export function docSegments(corpus: Corpus, sampler: GibbsSampler, d: number): Segment[] {
  const text = corpus.docs[d] ?? '';
  const a = sampler.tokenStart[d], b = sampler.tokenStart[d + 1];
  const first = new Map<number, number>();
  for (let i = a; i < b; i++) if (!first.has(sampler.wordOf[i])) first.set(sampler.wordOf[i], i);
  const seen = new Map<number, number>();
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const lower = corpus.vectorizer.lowercase ? m[0].toLowerCase() : m[0];
    const w = corpus.vectorizer.vocabulary.get(lower);
    if (w === undefined || !first.has(w)) continue;
    const k = seen.get(w) ?? 0;
    seen.set(w, k + 1);
    const i = first.get(w)! + k;
    if (i >= b || sampler.wordOf[i] !== w) continue;
    if (m.index! > at) out.push({ text: text.slice(at, m.index), topic: -1 });
    out.push({ text: m[0], topic: sampler.z[i] });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), topic: -1 });
  return out;
}

/** θ_d = (n_dk + α) / (n_d + Kα): document d's topic mixture now. */
export function docMixture(sampler: GibbsSampler, d: number): number[] {
  const K = sampler.nTopics;
  const nd = sampler.tokenStart[d + 1] - sampler.tokenStart[d];
  return Array.from({ length: K }, (_, k) => (sampler.nDocTopic[d * K + k] + sampler.alpha) / (nd + K * sampler.alpha));
}
