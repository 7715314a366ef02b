/**
 * Building a data set by its name in the table. Not exported from core's index: the shipped sets come through
 * Vite's `?raw`/`?url` imports (./load.ts), which plain Node scripts cannot read; Node tests run through Vitest.
 */
import { DATASETS, datasetNamed, DATASET_NAMES, type DatasetName } from './catalog';
import type { AsyncBuilder, BuildOptions, Builder, BuiltDataset } from './builder';
import { CLUSTERS } from './clusters';
import { GENERATED } from './generated';
import { SHIPPED, SHIPPED_ASYNC } from './shipped';

export type { BuildOptions, BuiltDataset } from './builder';

type SyncName = { [K in DatasetName]: (typeof DATASETS)[K] extends { async: true } ? never : K }[DatasetName];
type AsyncName = Exclude<DatasetName, SyncName>;

// One builder per name of the table, no more, no fewer: the type checker holds the two together.
const SYNC: Record<SyncName, Builder> = { ...GENERATED, ...CLUSTERS, ...SHIPPED };
const ASYNC: Record<AsyncName, AsyncBuilder> = SHIPPED_ASYNC;

function resolve(name: string, o: Partial<BuildOptions>): { name: DatasetName; options: BuildOptions } {
  const info = datasetNamed(name);
  if (!info) throw new RangeError(`unknown data set “${name}”; the table has ${DATASET_NAMES.join(', ')}`);
  if (o.clusters !== undefined && !info.clusters) throw new RangeError(`the data set “${name}” has no cluster count to set`);
  return { name: info.name, options: { n: o.n ?? 200, noise: o.noise ?? info.defaultNoise, seed: o.seed ?? 0, clusters: o.clusters } };
}

/**
 * The rows of a data set, synchronously. Generated sets use n (default 200), noise (default: the table's
 * defaultNoise, in the data's units) and seed (default 0); shipped sets ignore them. Throws for an unknown name
 * and for a set that must be downloaded first (use loadDataset).
 */
export function buildDataset(name: string, options: Partial<BuildOptions> = {}): BuiltDataset {
  const r = resolve(name, options);
  if (!(r.name in SYNC)) throw new RangeError(`the data set “${name}” is downloaded on demand: use loadDataset`);
  return SYNC[r.name as SyncName](r.options);
}

/** Any data set, downloading the shipped files a set needs (once; later calls share the result). */
export async function loadDataset(name: string, options: Partial<BuildOptions> = {}): Promise<BuiltDataset> {
  const r = resolve(name, options);
  return r.name in SYNC ? SYNC[r.name as SyncName](r.options) : ASYNC[r.name as AsyncName](r.options);
}

/**
 * A shipped text corpus by name (documents, not rows, so outside the table): 'topics', the 300 short documents on
 * five themes of datasets/topics-corpus.tsv. Its 9 kB of text load on demand, from the app's own files.
 */
export async function loadTextCorpus(name: 'topics'): Promise<import('./text').TextCorpus> {
  if (name !== 'topics') throw new RangeError(`unknown text corpus “${String(name)}”; there is “topics”`);
  return (await import('./topics-corpus')).loadTopicsCorpus();
}
