/// <reference lib="webworker" />
/**
 * Prepares a learner's text for #/lda off the page's thread (see prepare-protocol.ts): checks and decodes the
 * bytes, splits them into documents and counts them with CountVectorizer (corpus.ts, the same code the shipped
 * corpus is counted with on the page), then posts the counts back transferred.
 */
import { buildCorpus, documentsFromBytes } from './corpus';
import { corpusToWire, type PrepareEvent, type PrepareRequest } from './prepare-protocol';

const post = (e: PrepareEvent, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(e, transfer);

self.onmessage = (ev: MessageEvent<PrepareRequest>) => {
  const { bytes, settings } = ev.data;
  post({ type: 'stage', stage: 'reading', docs: 0 });
  const { docs, problem } = documentsFromBytes(bytes);
  if (problem) return post({ type: 'done', ok: false, problem });
  post({ type: 'stage', stage: 'counting', docs: docs.length });
  const r = buildCorpus(docs, [], settings);
  if (!r.corpus) return post({ type: 'done', ok: false, problem: r.problem });
  const transfer: Transferable[] = [];
  post({ type: 'done', ok: true, corpus: corpusToWire(r.corpus, transfer) }, transfer);
};
