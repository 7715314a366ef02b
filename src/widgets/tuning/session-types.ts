// What the tuning session hands the page (through the worker): plain data, no model code.
import type { CurveRow } from './curves';
import type { Diagnosis } from './diagnosis';
import type { Space } from './space';

export interface Chosen {
  search: 'grid' | 'random';
  params: Record<string, unknown>;
  cv: number;
  test: number;
  failure: string;
}

export interface TuningFrame {
  /** Grid search's mean CV score per cell (nx × ny, row 0 = the largest y): NaN pending, -Infinity failed. */
  cells: Float64Array;
  gridBest: number[];
  randomBest: number[];
  /** Random search's candidates evaluated so far (score NaN when failed). */
  drawn: { x: unknown; y: unknown; score: number }[];
  chosen: { grid: Chosen | null; random: Chosen | null };
  /** The better search's choice, whose curves are drawn (null until the refits). */
  winner: Chosen | null;
  /** Random search's best candidate so far (its index in `drawn`), or -1. */
  randomBestIndex: number;
  validation: CurveRow[];
  learning: CurveRow[];
  diagnosis: Diagnosis | null;
  failures: string[];
}

export const emptyFrame = (): TuningFrame => ({
  cells: new Float64Array(0), gridBest: [], randomBest: [], drawn: [], chosen: { grid: null, random: null }, winner: null, randomBestIndex: -1,
  validation: [], learning: [], diagnosis: null, failures: [],
});

/** What the page needs once per run besides the frames: the axes, the grid's values, the sizes and the notice. */
export interface TuningInfo {
  space: Space;
  xValues: (number | string)[];
  yValues: (number | string)[];
  nCandidates: number;
  nTrain: number;
  nTest: number;
  totalSteps: number;
  notice: string;
}

