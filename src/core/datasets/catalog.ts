/**
 * The one table of data sets: every data set a widget can offer, with what a widget needs to decide whether it
 * can use it (kind, classes, features) and how to draw it (domain, noise range). Pure data with no imports, so a
 * widget's params.ts (which the gallery loads for every widget) can derive its `dataset` options from it.
 * The builders live beside it, split by origin (generated.ts, clusters.ts, shipped.ts) and joined in build.ts,
 * which the type checker holds to exactly these names.
 */

/** What a data set is for. A widget asks for the kinds it can use. */
export type DatasetKind = 'classification' | 'regression' | 'clustering' | 'tabular' | 'images' | 'text';

export interface DatasetDomain {
  x: [number, number];
  y: [number, number];
}

export interface DatasetInfo {
  /** Human label for a select. */
  readonly label: string;
  readonly kind: DatasetKind;
  /**
   * Generated from (n, noise, seed) and, when `clusters`, a cluster count; or shipped with the app (fixed rows:
   * the number of points, noise and seed do not apply).
   */
  readonly origin: 'generated' | 'shipped';
  /** Classes of the labels; 0 for regression targets and for clusterings whose count the caller chooses. */
  readonly nClasses: number;
  /** Features per row. */
  readonly nFeatures: number;
  /**
   * A fixed plotting domain (2-D sets: x₁ × x₂; 1-D regression: x × y) that holds the clean points with room for
   * the default noise, so the axes do not jump when the data changes. Absent where the data decides (clusters,
   * shipped tables).
   */
  readonly domain?: DatasetDomain;
  /** Noise (standard deviation, in the data's units) for a slider at 0 and at 1, and a level that shows the shape well. */
  readonly minNoise: number;
  readonly maxNoise: number;
  readonly defaultNoise: number;
  /** The builder takes `clusters` (how many blobs to draw): offered to clustering widgets with a count slider. */
  readonly clusters?: boolean;
  /** Shipped files that the page fetches: build with loadDataset (async), not buildDataset. */
  readonly async?: boolean;
}

const square = (h: number, cx = 0, cy = 0): DatasetDomain => ({ x: [cx - h, cx + h], y: [cy - h, cy + h] });
const noise = (minNoise: number, defaultNoise: number, maxNoise: number) => ({ minNoise, defaultNoise, maxNoise });
const points2d = { origin: 'generated', nFeatures: 2 } as const;

/** Table order is the order of a widget's select. Names are URL values: never rename one (old links hold it). */
export const DATASETS = {
  // 2-D, two classes (the TensorFlow-Playground shapes and scikit-learn's generators)
  linear: { label: 'Linearly separable', kind: 'classification', ...points2d, nClasses: 2, domain: square(1.5), ...noise(0, 0.05, 0.5) },
  blobs: { label: 'Gaussian blobs', kind: 'classification', ...points2d, nClasses: 2, domain: square(3), ...noise(0, 0.6, 1.5), clusters: true },
  moons: { label: 'Two moons', kind: 'classification', ...points2d, nClasses: 2, domain: square(2, 0.5, 0.25), ...noise(0, 0.15, 0.5) },
  circles: { label: 'Circles', kind: 'classification', ...points2d, nClasses: 2, domain: square(1.5), ...noise(0, 0.08, 0.3) },
  xor: { label: 'XOR', kind: 'classification', ...points2d, nClasses: 2, domain: square(1.5), ...noise(0, 0.08, 0.5) },
  spiral: { label: 'Spiral', kind: 'classification', ...points2d, nClasses: 2, domain: square(1.5), ...noise(0, 0.05, 0.3) },
  // 2-D, three or four classes
  blobs3: { label: 'Three blobs', kind: 'classification', ...points2d, nClasses: 3, domain: square(4), ...noise(0.3, 1, 1.7) },
  spiral3: { label: 'Three spiral arms', kind: 'classification', ...points2d, nClasses: 3, domain: square(1.5), ...noise(0, 0.05, 0.3) },
  blobs4: { label: 'Four blobs', kind: 'classification', ...points2d, nClasses: 4, domain: square(6), ...noise(0.5, 1.5, 3) },
  // 2-D clusterings (labels = the blob each point came from)
  aniso: { label: 'Stretched (anisotropic) blobs', kind: 'clustering', ...points2d, nClasses: 0, ...noise(0, 0.7, 1.5), clusters: true },
  varied: { label: 'Blobs of unequal spread', kind: 'clustering', ...points2d, nClasses: 0, ...noise(0, 0, 0), clusters: true },
  uniform: { label: 'Uniform (no clusters)', kind: 'clustering', ...points2d, nClasses: 0, ...noise(0, 0, 0) },
  // regression: y is a real number
  sin1d: { label: 'Noisy sine (1 feature)', kind: 'regression', origin: 'generated', nFeatures: 1, nClasses: 0, domain: { x: [-3.5, 3.5], y: [-2, 2] }, ...noise(0, 0.2, 1) },
  line1d: { label: 'Noisy line (1 feature)', kind: 'regression', origin: 'generated', nFeatures: 1, nClasses: 0, domain: { x: [-3.5, 3.5], y: [-4, 6] }, ...noise(0, 0.5, 2) },
  plane: { label: 'Plane (2 features)', kind: 'regression', ...points2d, nClasses: 0, domain: square(1.5), ...noise(0, 0.05, 0.5) },
  gauss2d: { label: 'Gaussian bumps (2 features)', kind: 'regression', ...points2d, nClasses: 0, domain: square(1.5), ...noise(0, 0.05, 0.5) },
  friedman1: { label: 'Friedman #1 (5 features)', kind: 'regression', origin: 'generated', nFeatures: 5, nClasses: 0, ...noise(0, 1, 5) },
  // shipped with the app (datasets/)
  iris: { label: 'Iris (4 measurements)', kind: 'tabular', origin: 'shipped', nFeatures: 4, nClasses: 3, ...noise(0, 0, 0) },
  digits: { label: 'Digits (8×8 = 64 pixels)', kind: 'images', origin: 'shipped', nFeatures: 64, nClasses: 10, ...noise(0, 0, 0), async: true },
} as const satisfies Record<string, DatasetInfo>;

export type DatasetName = keyof typeof DATASETS;

/** All names, in table order. */
export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export function isDatasetName(name: unknown): name is DatasetName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(DATASETS, name);
}

/** The entry for a name, or undefined for a name the table does not have (a URL can hold anything). */
export function datasetNamed(name: unknown): (DatasetInfo & { name: DatasetName }) | undefined {
  return isDatasetName(name) ? { name, ...DATASETS[name] } : undefined;
}

/** True for a generated data set (the number of points, the noise and the seed apply), false for shipped or unknown ones. */
export function isGenerated(name: unknown): boolean {
  return datasetNamed(name)?.origin === 'generated';
}

/**
 * The noise for a slider position t in [0, 1]: minNoise at 0, maxNoise at 1 (linear). Widgets keep their slider in
 * [0, 1] and the table turns it into the data's own units.
 */
export function noiseAt(info: Pick<DatasetInfo, 'minNoise' | 'maxNoise'>, t: number): number {
  return info.minNoise + t * (info.maxNoise - info.minNoise);
}

/** What a widget can use. Every given condition must hold. */
export interface DatasetQuery {
  /** One kind or several. */
  kind: DatasetKind | readonly DatasetKind[];
  /** Exactly this many classes, or a range (either end optional). */
  nClasses?: number | { min?: number; max?: number };
  /** Exactly this many features, or a range. */
  nFeatures?: number | { min?: number; max?: number };
  /** Only the sets built synchronously (a widget that cannot wait for a download). */
  syncOnly?: boolean;
}

const fits = (v: number, want: number | { min?: number; max?: number } | undefined) =>
  want === undefined || (typeof want === 'number' ? v === want : v >= (want.min ?? -Infinity) && v <= (want.max ?? Infinity));

/** The names a widget can use, in table order. */
export function datasetsFor(query: DatasetQuery): DatasetName[] {
  const kinds: readonly DatasetKind[] = typeof query.kind === 'string' ? [query.kind] : query.kind;
  return DATASET_NAMES.filter((name) => {
    const d: DatasetInfo = DATASETS[name];
    return kinds.includes(d.kind) && fits(d.nClasses, query.nClasses) && fits(d.nFeatures, query.nFeatures) && !(query.syncOnly && d.async);
  });
}

/**
 * A widget's `dataset` options for its schema: the sets the query selects, labelled from the table. `labels`
 * renames some for this widget only (iris drawn as its petal measurements is not the whole 4-feature table).
 */
export function datasetOptions(
  query: DatasetQuery,
  labels: Partial<Record<DatasetName, string>> = {},
): readonly { readonly value: DatasetName; readonly label: string }[] {
  return datasetsFor(query).map((value) => ({ value, label: labels[value] ?? DATASETS[value].label }));
}
