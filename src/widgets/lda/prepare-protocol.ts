/**
 * Messages between #/lda and its corpus worker (corpus.worker.ts), which reads and counts a learner's text off the
 * page's thread: CountVectorizer over thousands of documents holds a thread for a second or more. One request per
 * worker (the page terminates a worker whose request was superseded): the page sends the text's bytes and the
 * corpus settings, the worker answers with a `stage` message per step, then one `done`. The counts cross as
 * transferred typed arrays (no copy); the documents as one string (a message's strings are copied on the page's thread
 * when it is read, and 3,000 of them cost far more than one) and the vocabulary as strings.
 */
import type { CountMatrix } from '../../core/feature_extraction';
import type { Corpus, CorpusSettings } from './corpus';

export interface PrepareRequest {
  bytes: Uint8Array;
  settings: CorpusSettings;
}

export type PrepareStage = 'reading' | 'counting';

export interface WireCorpus {
  /** the documents joined by newlines (each is one line): one string clones far faster than thousands */
  text: string;
  X: CountMatrix;
  vocab: string[];
  lowercase: boolean;
  emptyDocs: number;
}

export type PrepareEvent =
  | { type: 'stage'; stage: PrepareStage; docs: number }
  | { type: 'done'; ok: true; corpus: WireCorpus }
  | { type: 'done'; ok: false; problem: string };

/** Worker side: the corpus as it travels (its vocabulary map is rebuilt on the page from the word list). */
export function corpusToWire(c: Corpus, transfer: Transferable[]): WireCorpus {
  transfer.push(c.X.indptr.buffer, c.X.indices.buffer, c.X.data.buffer);
  return { text: c.docs.join('\n'), X: c.X, vocab: c.vocab, lowercase: c.lowercase, emptyDocs: c.emptyDocs };
}

/** Page side: the corpus back, with its word → column map (a learner's text has no themes). */
export function corpusFromWire(w: WireCorpus): Corpus {
  const { text, ...rest } = w;
  return { ...rest, docs: text.split('\n'), themes: [], vocabulary: new Map(w.vocab.map((t, i) => [t, i])) };
}
