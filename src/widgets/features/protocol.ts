/**
 * Messages between #/features (widgets/features) and its worker (features.worker.ts, beside this file: it runs the
 * widget's own session, and workers/ may not import widgets). The page posts one `run` per worker with the widget's params; the worker builds the FeaturesSession, steps it to the end and posts a
 * `frame` (a plain snapshot, see widgets/features/frame.ts) about every FRAME_MS and once at the end, or one
 * `error` when the settings are refused. A new problem terminates the worker and starts a fresh one, so there is
 * no cancel message. Types only: the page's route loads none of the computation.
 */
import type { FeaturesFrame } from './frame';
import type { Params } from './params';

export type FeaturesRequest = { type: 'run'; params: Params };

export type FeaturesEvent =
  | { type: 'frame'; frame: FeaturesFrame }
  | { type: 'error'; message: string };

/** Milliseconds between two posted frames: often enough for a smooth progress count, rarely enough to stay cheap. */
export const FRAME_MS = 50;
