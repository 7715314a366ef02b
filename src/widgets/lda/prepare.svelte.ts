/**
 * The page's side of the corpus worker (corpus.worker.ts): a learner's text is read and counted there, never on the
 * page's thread. The widget's build asks `get` for the corpus of a text and settings; the first ask starts the
 * worker and answers null (the widget shows the worker's stage meanwhile), and when the counts land `key` changes,
 * so the widget's run (`rebuildKey`) builds again with them. One worker per request: a new text or a new setting
 * terminates the worker still counting the last one, so a superseded corpus never arrives. A few prepared corpora
 * are kept, so switching a setting back does not count again.
 */
import type { FileRef } from '../../params';
import type { Corpus, CorpusSettings } from './corpus';
import { corpusFromWire, type PrepareEvent, type PrepareRequest } from './prepare-protocol';

export interface Prepared {
  corpus: Corpus | null;
  /** why there is no corpus ('' when there is one) */
  problem: string;
}

const spawn = () => new Worker(new URL('./corpus.worker.ts', import.meta.url), { type: 'module' });
/** prepared corpora kept (each is a few typed arrays and the documents' text) */
const KEEP = 3;

export function prepareKey(ref: FileRef, s: CorpusSettings): string {
  return `${ref.hash} ${s.stopWords} ${s.minDf} ${s.maxDf}`;
}

export class CorpusPrep {
  /** what the worker is doing, for a status line; '' when it is idle */
  status = $state('');
  /** counts landed preparations, so `key` changes when one lands */
  #landed = $state(0);
  readonly #ready = new Map<string, Prepared>();
  #worker: Worker | null = null;
  #pending = '';

  /** For the run's rebuildKey: the key once its corpus is prepared, '' before. */
  key(k: string): string {
    void this.#landed;
    return this.#ready.has(k) ? k : '';
  }

  /** The prepared corpus of these bytes and settings; null while the worker prepares it (the first ask starts it). */
  get(ref: FileRef, bytes: Uint8Array, s: CorpusSettings): Prepared | null {
    const k = prepareKey(ref, s);
    const done = this.#ready.get(k);
    if (done) return done;
    if (this.#pending !== k) this.#start(k, { bytes, settings: { stopWords: s.stopWords, minDf: s.minDf, maxDf: s.maxDf } });
    return null;
  }

  #start(k: string, request: PrepareRequest): void {
    this.dispose();
    this.#pending = k;
    this.status = 'Reading your text…';
    let worker: Worker;
    try {
      worker = spawn();
    } catch (e) {
      return this.#land(k, { corpus: null, problem: `Could not start the worker that counts your text: ${e instanceof Error ? e.message : String(e)}` });
    }
    this.#worker = worker;
    worker.onmessage = (ev: MessageEvent<PrepareEvent>) => {
      if (this.#worker !== worker) return;
      const e = ev.data;
      if (e.type === 'stage') this.status = e.stage === 'reading' ? 'Reading your text…' : `Counting the words of ${e.docs.toLocaleString('en')} documents…`;
      else {
        const p = e.ok ? { corpus: corpusFromWire(e.corpus), problem: '' } : { corpus: null, problem: e.problem };
        // the rebuild (the sampler's start) and the views' first draw in a task of their own, after the one that
        // read the message: two shorter holds of the page's thread instead of one long one
        setTimeout(() => { if (this.#worker === worker) this.#land(k, p); });
      }
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      if (this.#worker === worker) this.#land(k, { corpus: null, problem: `Counting your text failed: ${ev.message || 'the worker stopped'}` });
    };
    worker.postMessage(request);
  }

  #land(k: string, p: Prepared): void {
    this.dispose();
    this.#ready.set(k, p);
    while (this.#ready.size > KEEP) this.#ready.delete(this.#ready.keys().next().value!);
    this.#landed++;
  }

  /** Stops the worker counting now, if any (the widget unmounts, or a new request replaces it). */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending = '';
    this.status = '';
  }
}
