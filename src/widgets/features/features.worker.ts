/// <reference lib="webworker" />
/**
 * Computes #/features' panels off the page's thread (see protocol.ts): the forest, the permutations and
 * the kNN curves take seconds, which on the page would block clicks and scrolling. Steps the session as fast as
 * it goes and posts a snapshot every FRAME_MS; the page terminates the worker when the problem changes.
 */
import { FeaturesSession } from './session';
import { FRAME_MS, type FeaturesEvent, type FeaturesRequest } from './protocol';

const post = (e: FeaturesEvent) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(e);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

self.onmessage = (ev: MessageEvent<FeaturesRequest>) => {
  let session: FeaturesSession;
  try {
    session = new FeaturesSession(ev.data.params);
    post({ type: 'frame', frame: session.frame() });
    let last = performance.now();
    while (session.step()) {
      const now = performance.now();
      if (now - last >= FRAME_MS) {
        last = now;
        post({ type: 'frame', frame: session.frame() });
      }
    }
    post({ type: 'frame', frame: session.frame() });
  } catch (e) {
    post({ type: 'error', message: message(e) });
  }
};
