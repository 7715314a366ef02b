/**
 * What a stopped run says: its status and its notice, decided from the session's own flags. Pure, so the
 * precedence (an error over divergence over "finished") reads in one place.
 */
import type { RunSession } from './run-options';
import type { RunStatus } from './run-types';

export const DIVERGED_NOTICE = 'Training diverged: the loss blew up. Lower the learning rate, then press Reset. (The views keep the last finite model.)';

export interface StopState {
  session: RunSession | null;
  /** The build or step error, or ''. */
  error: string;
  /** The session refused a step: nothing more to run until the next build. */
  ended: boolean;
  steps: number;
  limit: number;
}

export function settledStatus({ session: s, error, ended, steps, limit }: StopState): RunStatus {
  if (error) return 'error';
  if (s?.diverged) return 'diverged';
  if (s && (s.done || ended || steps >= limit)) return 'finished';
  return steps > 0 ? 'paused' : 'idle';
}

export function settledNotice({ session: s, error }: StopState, divergedNotice = DIVERGED_NOTICE): string {
  return error || (s?.diverged ? divergedNotice : s?.notice ?? '');
}

/** The message of a build or step error, naming what could not be built. */
export function failureMessage(e: unknown, when: 'build' | 'step', what = 'this run'): string {
  const msg = e instanceof Error ? e.message : String(e);
  return when === 'build' ? `Could not build ${what}: ${msg}` : `Training stopped with an error: ${msg}`;
}
