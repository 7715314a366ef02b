/**
 * Where #/linear's several-features view gets its rows: a shipped table (fetched and read in its own chunk when
 * picked) or the learner's table (a file, or one the data lab prepared in this browser: the last column is the
 * target, a number). Both arrive after the row is set: `key` changes when one lands, so the run builds again
 * (its rebuildKey), and meanwhile the session says it is reading. The fitting (multi.ts: least squares, ridge, the
 * split and its summaries) is a chunk of its own too, loaded with the first table: the route does not carry it.
 */
import type { RegressionMatrix } from '../../core/data';
import type { multiState } from './multi';
import { TableInput } from '../shared/table-input.svelte';
import { MULTI_SPECS } from './multi-specs';
import type { Params } from './params';

export type MultiSource =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; matrix: RegressionMatrix; label: string; fit: typeof multiState };

type Shipped = keyof typeof MULTI_SPECS;

export class MultiTables {
  readonly input = new TableInput<RegressionMatrix>((m, name, bytes) => m.readRegression(name, bytes));
  #loads = $state(0);
  readonly #shipped = new Map<Shipped, RegressionMatrix | Error>();
  readonly #loading = new Set<Shipped>();
  #fit: typeof multiState | Error | null = null;
  #fitLoading = false;

  key(p: Params): string {
    void this.#loads;
    const fit = this.#fit ? ' fit' : '';
    if (p.table) return this.input.key(p.table) + fit;
    return p.multi !== 'none' && this.#shipped.has(p.multi) ? `shipped ${p.multi}${fit}` : '';
  }

  /** The rows for these params (the learner's table wins over a shipped one); starts a read when needed. */
  source(p: Params): MultiSource {
    try {
      if (p.table) {
        const t = this.input.table(p.table), fit = this.#fitter();
        return t && fit ? { kind: 'ready', matrix: t.matrix, label: `your table “${p.table.name}”`, fit } : { kind: 'loading' };
      }
      if (p.multi === 'none') return { kind: 'none' };
      const fit = this.#fitter();
      const done = this.#shipped.get(p.multi);
      if (done instanceof Error) throw done;
      if (done && fit) return { kind: 'ready', matrix: done, label: MULTI_SPECS[p.multi].label, fit };
      if (!done) this.#load(p.multi);
      return { kind: 'loading' };
    } catch (e) {
      return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
    }
  }

  /** The fitting code once its chunk is here (null while it loads: the read and this load run side by side). */
  #fitter(): typeof multiState | null {
    if (this.#fit instanceof Error) throw this.#fit;
    if (this.#fit || this.#fitLoading) return this.#fit;
    this.#fitLoading = true;
    import('./multi')
      .then(
        (m) => (this.#fit = m.multiState),
        (e) => (this.#fit = new Error(`Could not load the several-features code (offline?): ${e instanceof Error ? e.message : String(e)}`)),
      )
      .finally(() => {
        this.#fitLoading = false;
        this.#loads++;
      });
    return null;
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
