/**
 * A widget's code that loads only when first needed (a table mode: #/svm's table-mode.ts), as reactive state: `current`
 * is null until the import lands, then the module, so a view or the run's rebuildKey that reads it follows. `load()`
 * starts the import once and may be called from a build or an effect as often as convenient.
 */
export class LazyModule<M> {
  current = $state.raw<M | null>(null);
  #loading: Promise<M> | null = null;

  constructor(private readonly importer: () => Promise<M>) {}

  load(): Promise<M> {
    return (this.#loading ??= this.importer().then((m) => (this.current = m)));
  }
}
