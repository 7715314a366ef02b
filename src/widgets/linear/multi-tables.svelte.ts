/**
 * Where #/linear's several-features view gets its rows: a shipped table (fetched and read in its own chunk when
 * picked) or the learner's table (a file, or one the data lab prepared in this browser: the last column is the
 * target, a number). Both arrive after the row is set: `key` changes when one lands, so the run builds again
 * (its rebuildKey), and meanwhile the session says it is reading.
 */
import type { RegressionMatrix } from '../../core/data';
import { TableInput } from '../shared/table-input.svelte';
import { MULTI_SPECS } from './multi-specs';
import type { Params } from './params';

export type MultiSource =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; matrix: RegressionMatrix; label: string };

type Shipped = keyof typeof MULTI_SPECS;

export class MultiTables {
  readonly input = new TableInput<RegressionMatrix>((m, name, bytes) => m.readRegression(name, bytes));
  #loads = $state(0);
  readonly #shipped = new Map<Shipped, RegressionMatrix | Error>();
  readonly #loading = new Set<Shipped>();

  key(p: Params): string {
    void this.#loads;
    if (p.table) return this.input.key(p.table);
    return p.multi !== 'none' && this.#shipped.has(p.multi) ? `shipped ${p.multi}` : '';
  }

  /** The rows for these params (the learner's table wins over a shipped one); starts a read when needed. */
  source(p: Params): MultiSource {
    try {
      if (p.table) {
        const t = this.input.table(p.table);
        return t ? { kind: 'ready', matrix: t.matrix, label: `your table “${p.table.name}”` } : { kind: 'loading' };
      }
      if (p.multi === 'none') return { kind: 'none' };
      const done = this.#shipped.get(p.multi);
      if (done instanceof Error) throw done;
      if (done) return { kind: 'ready', matrix: done, label: MULTI_SPECS[p.multi].label };
      this.#load(p.multi);
      return { kind: 'loading' };
    } catch (e) {
      return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
    }
  }

  #load(name: Shipped): void {
    if (this.#loading.has(name)) return;
    this.#loading.add(name);
    import('./multi-shipped')
      .then((m) => m.loadShipped(name))
      .then(
        (r) => this.#shipped.set(name, r),
        (e) => this.#shipped.set(name, e instanceof Error ? e : new Error(String(e))),
      )
      .finally(() => {
        this.#loading.delete(name);
        this.#loads++;
      });
  }
}
