/**
 * How many weights a recurrent network has. TF.js-free, so the page can show the count (and a study question
 * can check it) before the worker has built anything.
 */
export type CellKind = 'rnn' | 'lstm' | 'gru';

/** Gates per cell: each has its own input matrix, recurrent matrix and bias. */
export const GATES: Record<CellKind, number> = { rnn: 1, lstm: 4, gru: 3 };

/** Weights of one cell layer. */
export const cellParams = (kind: CellKind, inputSize: number, units: number) => GATES[kind] * units * (inputSize + units + 1);

export interface SizeSpec {
  cell: CellKind;
  inputSize: number;
  units: number;
  layers: number;
  outputSize: number;
}

/** Every layer's cell, plus the dense output on the top layer's state. */
export const countRnnParams = (s: SizeSpec) =>
  Array.from({ length: s.layers }, (_, l) => cellParams(s.cell, l === 0 ? s.inputSize : s.units, s.units)).reduce((a, b) => a + b, 0) +
  (s.units + 1) * s.outputSize;
