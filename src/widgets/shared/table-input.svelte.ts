/**
 * The learner's table as a classifier's training data: the widget's FileStore (the file picker adds to it), the
 * tables the data lab prepared in this browser (a link from the lab names one), and the parsed, checked matrix
 * each build reads. A table that cannot train a model says why (the build's notice), never half-trains.
 */
import { labelledMatrix, type LabelledMatrix } from '../../core/data';
import { binaryError, readTable } from '../../core/io/csv';
import { contentHash, FileStore, formatFileRef, type FileRef } from '../../params';
import { findPreparedTable } from '../../workers/local-tables';

export class TableInput {
  readonly files = new FileStore();
  /** 'loading' while a link's table is looked up in this browser */
  status: 'idle' | 'loading' = $state('idle');
  /** Why a link's table is not here (it lives in another browser), shown above the views. */
  notice = $state('');
  readonly #parsed = new Map<string, LabelledMatrix | Error>();

  constructor(private readonly maxClasses: number) {}

  /**
   * A link names a table this instance does not hold: look for it among the data lab's prepared tables in this
   * browser. Meanwhile (and when it is not found) the widget shows its default data: `set(null)`, then the
   * reference again once the bytes are here.
   */
  restore(ref: FileRef | null, set: (ref: FileRef | null) => void): void {
    if (!ref || this.files.has(ref)) return;
    set(null);
    this.status = 'loading';
    findPreparedTable(ref).then((bytes) => {
      this.status = 'idle';
      if (bytes && contentHash(bytes) === ref.hash) {
        this.files.add(ref.name, bytes);
        set(ref);
      } else {
        this.notice = `Your table: the link names “${formatFileRef(ref)}”, which this browser does not keep (a table stays in the browser that loaded it; links never carry it). Showing the default data: choose the file, or prepare it in the data lab, to use it here.`;
      }
    });
  }

  /** The table as features and labels; throws with the reason when it cannot train this model. */
  matrix(ref: FileRef): LabelledMatrix {
    let m = this.#parsed.get(ref.hash);
    if (!m) {
      m = this.parse(ref);
      this.#parsed.set(ref.hash, m);
    }
    if (m instanceof Error) throw m;
    return m;
  }

  private parse(ref: FileRef): LabelledMatrix | Error {
    const bytes = this.files.get(ref);
    if (!bytes) return new Error(`The table “${formatFileRef(ref)}” is not loaded here: choose the file again.`);
    const binary = binaryError(bytes);
    if (binary) return new Error(binary);
    const read = readTable(new TextDecoder('utf-8').decode(bytes), { name: ref.name });
    if (!read.ok) return new Error(read.error);
    try {
      return labelledMatrix(read.table, { maxClasses: this.maxClasses });
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }
}
