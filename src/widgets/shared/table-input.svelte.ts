/**
 * The learner's table as a model's training data: the widget's FileStore (the file picker adds to it), the
 * tables the data lab prepared in this browser (a link from the lab names one), and the parsed, checked table each
 * build reads. Reading waits for its own chunk (table-read.ts: the CSV reader and PCA), loaded on first use, so
 * the build cannot read a table the moment its row is set: while it is read, `key` says so, and the widget's run
 * (`rebuildKey`) builds again when it is ready. A table that cannot train a model says why, never half-trains.
 */
import type { classPair, LabelledMatrix } from '../../core/data';
import { contentHash, FileStore, formatFileRef, type FileRef } from '../../params';
import type { Plane } from './plane';
import type { PlaneChoice } from './table-plane';

type Reader = typeof import('./table-read');

/** What every model's table has: rows of features, named (a classifier's LabelledMatrix, a regressor's RegressionMatrix). */
export interface TableMatrix {
  X: number[][];
  featureNames: string[];
}

/** A table read for a model, with what its map needs (from the same lazy chunk: table-read.ts's readTableOf). */
export interface ReadTable<M extends TableMatrix = LabelledMatrix> {
  matrix: M;
  /** the planes built so far, by rows and plane (table-plane.ts) */
  planes: Map<string, Plane>;
  /** the link's map plane through rows X (every row by default; `rowsKey` names a subset), built once */
  plane(p: PlaneChoice, X?: readonly (readonly number[])[], rowsKey?: string): Plane;
  classPair: typeof classPair;
}

/** How a model reads the bytes (with the reader chunk's functions): its matrix, or why the table cannot train it. */
export type ReadAs<M> = (reader: Reader, name: string, bytes: Uint8Array) => M | Error;

export class TableInput<M extends TableMatrix = LabelledMatrix> {
  /** 'loading' while a link's table is looked up in this browser */
  status: 'idle' | 'loading' = $state('idle');
  /** Why a link's table is not here (it lives in another browser), shown above the views. */
  notice = $state('');
  /** Counts finished reads, so `key` changes when one lands. */
  #reads = $state(0);
  readonly #read = new Map<string, ReadTable<M> | Error>();
  readonly #reading = new Set<string>();

  /**
   * `files`: the widget's FileStore, made here by default; a widget that loads this class only once a table is
   * chosen (#/mlp) makes its store itself, so the file picker works before, and hands it over.
   */
  constructor(
    private readonly readAs: ReadAs<M>,
    readonly files: FileStore = new FileStore(),
  ) {}

  /**
   * A link names a table this instance does not hold: look for it among the data lab's prepared tables in this
   * browser. Meanwhile (and when it is not found) the widget shows its default data: `set(null)`, then the
   * reference again once the bytes are here.
   */
  restore(ref: FileRef | null, set: (ref: FileRef | null) => void): void {
    if (!ref || this.files.has(ref)) return;
    set(null);
    this.status = 'loading';
    // IndexedDB's wrapper loads only for a link that names a table
    import('../../workers/local-tables').then((m) => m.findPreparedTable(formatFileRef(ref))).then((bytes) => {
      this.status = 'idle';
      if (bytes && contentHash(bytes) === ref.hash) {
        this.files.add(ref.name, bytes);
        set(ref);
      } else {
        this.notice = `Your table: the link names “${formatFileRef(ref)}”, which this browser does not keep (a table stays in the browser that loaded it; links never carry it). Showing the default data: choose the file, or prepare it in the data lab, to use it here.`;
      }
    });
  }

  /** For the run's rebuildKey: which table is read (it changes when a read lands). */
  key(ref: FileRef | null): string {
    void this.#reads;
    return ref && this.#read.has(ref.hash) ? `read ${ref.hash}` : '';
  }

  /**
   * The table read for a model; null while it is being read (the read starts here, and `key` changes when it is
   * done); throws with the reason when it cannot train this model.
   */
  table(ref: FileRef): ReadTable<M> | null {
    const done = this.#read.get(ref.hash);
    if (done instanceof Error) throw done;
    if (done) return done;
    const bytes = this.files.get(ref);
    if (!bytes) throw new Error(`The table “${formatFileRef(ref)}” is not loaded here: choose the file again.`);
    if (this.#reading.has(ref.hash)) return null;
    this.#reading.add(ref.hash);
    this.status = 'loading';
    import('./table-read').then(
      (m) => {
        const r = this.readAs(m, ref.name, bytes);
        this.#read.set(ref.hash, r instanceof Error ? r : m.readTableOf(r));
      },
      (e) => this.#read.set(ref.hash, e instanceof Error ? e : new Error(String(e))),
    ).finally(() => {
      this.#reading.delete(ref.hash);
      this.status = 'idle';
      this.#reads++;
    });
    return null;
  }
}
