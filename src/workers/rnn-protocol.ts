/**
 * The recurrent network's payloads in the one worker protocol (protocol.ts): what the #/rnn widget and its
 * training worker (rnn.worker.ts) exchange. Type-only imports: this file pulls no TF.js into the page.
 */
import type { RnnSpec } from '../core/nn/rnn/model';
import type { RnnLog, RnnProgress, RnnTrainConfig } from '../core/nn/rnn/session';
import type { TaskRequest } from '../core/nn/rnn/tasks';
import type { Inside } from '../core/nn/rnn/inspect';
import type { WorkerTask } from './protocol';
import type { Backend, BackendChoice } from './cnn-protocol';

export type { Backend, BackendChoice };

/** Once per worker: the backend to try and the app's own URLs of the shipped text and series. */
export interface RnnLoad {
  backend: BackendChoice;
  textUrl: string;
  seriesUrl: string;
}
export interface RnnLoaded {
  /** Characters in the shipped text. */
  textLength: number;
  /** Distinct characters in it: the characters task's input and output width. */
  vocabSize: number;
}
/** One run: the task (source = the learner's text, or absent for the shipped one), the network and its training. */
export interface RnnRequest {
  task: TaskRequest;
  spec: Omit<RnnSpec, 'inputSize' | 'outputSize' | 'output'>;
  config: RnnTrainConfig;
}
export interface RnnStarted {
  inputSize: number;
  outputSize: number;
  weights: number;
  /** Token labels by id (characters, memory symbols); empty for the series. */
  labels: string[];
  /** Weather: the held-out days (dates and °C) and the "tomorrow = today" error on them. */
  heldOut: { dates: string[]; values: Float64Array; naiveMae: number } | null;
}
export interface RnnSummary {
  steps: number;
  elapsedMs: number;
  timeUp: boolean;
  cancelled: boolean;
}
/** Inspect: a text (characters task) or the index of a validation sequence (memory, weather). */
export interface InspectQuestion {
  text?: string;
  index?: number;
}
export interface InspectAnswer extends Inside {
  /** One label per step (the characters, the symbols, or the day's temperature). */
  tokens: string[];
}
export interface SampleQuestion {
  prime: string;
  length: number;
  temperature: number;
  seed: number;
}

export interface RnnTask extends WorkerTask {
  load: RnnLoad;
  loading: Backend;
  loaded: RnnLoaded;
  start: RnnRequest;
  started: RnnStarted;
  progress: RnnProgress;
  log: RnnLog;
  result: RnnSummary;
  questions: {
    inspect: { question: InspectQuestion; answer: InspectAnswer };
    sample: { question: SampleQuestion; answer: string };
  };
}
