/**
 * One document as the views show it: its text cut into pieces, each counted word carrying its topic (Gibbs: the
 * topic its token has right now in the sampler, the sampler's state made visible; batch: its most likely topic).
 */
import type { Corpus } from './corpus';
import type { TopicOf } from './fit';

export interface Segment {
  text: string;
  /** the word's topic, or -1 for text that is not a counted word (spaces, stop words, cut words) */
  topic: number;
}

const WORD = /[\p{L}\p{N}_]{2,}/gu;

/** Document d's text in pieces; `topicOf(w, nth)` gives the nth occurrence of word w its topic (-1: not counted). */
export function docSegments(corpus: Corpus, d: number, topicOf: TopicOf): Segment[] {
  const text = corpus.docs[d] ?? '';
  const seen = new Map<number, number>();
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    const lower = corpus.lowercase ? m[0].toLowerCase() : m[0];
    const w = corpus.vocabulary.get(lower);
    if (w === undefined) continue;
    const nth = seen.get(w) ?? 0;
    seen.set(w, nth + 1);
    const topic = topicOf(w, nth);
    if (topic < 0) continue;
    if (m.index! > at) out.push({ text: text.slice(at, m.index), topic: -1 });
    out.push({ text: m[0], topic });
    at = m.index! + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), topic: -1 });
  return out;
}
