/**
 * Parsers for the data sets shipped under datasets/ (made by scripts/make_iris_digits.py).
 * Pure functions on text/bytes, so the same code serves Node tests (fs) and the page (fetch).
 */

/** A labelled data set: rows of features, integer labels, and names for both. */
export interface LabelledDataset {
  X: number[][];
  y: number[];
  featureNames: string[];
  targetNames: string[];
}

export const IRIS_TARGET_NAMES = ['setosa', 'versicolor', 'virginica'];
export const DIGITS_SIDE = 8;
export const DIGITS_N_FEATURES = DIGITS_SIDE * DIGITS_SIDE;

/** Parses datasets/iris.csv: a header line, then four numbers and an integer class per line. */
export function parseIrisCsv(text: string): LabelledDataset {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) throw new Error('iris.csv: no data rows');
  const header = lines[0].split(',');
  if (header.length !== 5) throw new Error(`iris.csv: expected 5 columns, got ${header.length}`);
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i].split(',').map(Number);
    if (cells.length !== 5 || cells.some((v) => !Number.isFinite(v))) {
      throw new Error(`iris.csv: bad row ${i}: "${lines[i]}"`);
    }
    X.push(cells.slice(0, 4));
    y.push(cells[4]);
  }
  return { X, y, featureNames: header.slice(0, 4), targetNames: IRIS_TARGET_NAMES.slice() };
}

/**
 * Parses the 8×8 digits: `pixels` holds 64 uint8 intensities (0..16) per image, row-major,
 * and `labels` one uint8 digit per image.
 */
export function parseDigits(pixels: Uint8Array, labels: Uint8Array): LabelledDataset {
  if (pixels.length !== labels.length * DIGITS_N_FEATURES) {
    throw new Error(
      `digits: ${pixels.length} pixel bytes do not match ${labels.length} labels × ${DIGITS_N_FEATURES}`,
    );
  }
  const X: number[][] = new Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    X[i] = Array.from(pixels.subarray(i * DIGITS_N_FEATURES, (i + 1) * DIGITS_N_FEATURES));
  }
  const featureNames: string[] = [];
  for (let r = 0; r < DIGITS_SIDE; r++) for (let c = 0; c < DIGITS_SIDE; c++) featureNames.push(`pixel_${r}_${c}`);
  return {
    X,
    y: Array.from(labels),
    featureNames,
    targetNames: Array.from({ length: 10 }, (_, d) => String(d)),
  };
}
