// #/tuning's worker task (see docs/WORKERS.md): the page sends the widget's params, the worker runs the
// TuningSession (both searches, the refits, the curves) and posts a frame whenever something visible changed.
// Type-only imports: the page loads no model code with this file.
import type { WorkerTask } from '../../workers/protocol';
import type { Params } from './params';
import type { TuningFrame, TuningInfo } from './session-types';

export interface TuningTask extends WorkerTask {
  load: null;
  loading: null;
  loaded: true;
  start: Params;
  started: TuningInfo;
  progress: { steps: number; total: number; frame: TuningFrame };
  log: never;
  result: { steps: number };
  questions: Record<string, never>;
}
