/**
 * The data lab's loading state: one CSV worker per widget instance (two copies never share a table), the
 * source of the table on screen (a shipped file, the learner's file, a paste, or a table kept in this
 * browser), the reading progress and the result. Everything the views read is reactive; nothing throws.
 */
import type { DataTable } from '../../../core/data/table';
import { MAX_BYTES, sizeError, type ReadOptions, type ReadReport } from '../../../core/io/csv';
import { tableFromWire, type CsvEvent, type CsvRequest } from '../../../workers/csv-protocol';
import { formatLocalRef, parseLocalRef } from '../tables';
import { getLocalTable } from '../../../workers/local-tables';
import { SHIPPED_URLS } from './shipped-urls';

export type LoadStatus = 'idle' | 'reading' | 'ready' | 'error' | 'missing';
type Options = Omit<ReadOptions, 'name'>;

const spawn = () => new Worker(new URL('../../../workers/csv.worker.ts', import.meta.url), { type: 'module' });

export class TableLoader {
  status: LoadStatus = $state('idle');
  /** Share of the bytes read, 0..1, while reading. */
  progress = $state(0);
  table: DataTable | null = $state.raw(null);
  report: ReadReport | null = $state.raw(null);
  error = $state('');
  /** Something to know that is not an error (the table could not be kept in this browser). */
  note = $state('');
  /** The link's value for what is loaded: a shipped name or `name@hash16`. */
  source = $state('');
  /** The missing local table a link named (status 'missing'). */
  missing: { name: string; hash: string } | null = $state(null);
  bytes = $state(0);
  /** Milliseconds the last read took in the worker, from request to table. */
  ms = $state(0);

  private worker: Worker | null = null;
  private id = 0;
  private pending = new Map<number, (e: Extract<CsvEvent, { type: 'done' }>) => void>();
  private keeping = new Map<number, (note: string | null) => void>();

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = spawn();
      this.worker.onmessage = (ev: MessageEvent<CsvEvent>) => this.receive(ev.data);
      this.worker.onerror = () => this.fail('The reading worker stopped unexpectedly; try loading the table again.');
    }
    return this.worker;
  }

  private receive(e: CsvEvent): void {
    if (e.type === 'kept') {
      this.keeping.get(e.id)?.(e.note);
      this.keeping.delete(e.id);
      return;
    }
    if (e.id !== this.id) return;
    if (e.type === 'progress') this.progress = e.done;
    else this.pending.get(e.id)?.(e);
  }

  private fail(message: string): void {
    this.status = 'error';
    this.error = message;
    for (const [id, resolve] of this.pending) resolve({ type: 'done', id, hash: '', bytes: 0, ok: false, error: message });
    this.pending.clear();
    for (const resolve of this.keeping.values()) resolve(message);
    this.keeping.clear();
  }

  /** Reads bytes (or the last bytes again, when null) in the worker; the newest request wins. */
  private read(bytes: ArrayBuffer | Blob | null, name: string, options: Options): Promise<Extract<CsvEvent, { type: 'done' }> | null> {
    const id = ++this.id;
    this.status = 'reading';
    this.progress = 0;
    this.error = '';
    const started = performance.now();
    return new Promise((resolve) => {
      this.pending.set(id, (e) => {
        this.pending.delete(id);
        if (id !== this.id) return resolve(null);
        this.ms = performance.now() - started;
        this.bytes = e.bytes;
        if (e.ok) {
          this.table = tableFromWire(e);
          this.report = e.report;
          this.status = 'ready';
        } else {
          this.status = 'error';
          this.error = e.error;
        }
        resolve(e);
      });
      const request: CsvRequest = { type: 'read', id, bytes, options: { ...options, name, maxBytes: MAX_BYTES } };
      try {
        this.ensureWorker().postMessage(request, bytes instanceof ArrayBuffer ? [bytes] : []);
      } catch (err) {
        this.fail(`The table could not be read: ${err instanceof Error ? err.message : String(err)}.`);
      }
    });
  }

  /** Reads the same bytes again with other options (header, rows with a wrong field count, kinds). */
  async reread(options: Options): Promise<void> {
    if (!this.source || this.status === 'missing') return;
    await this.read(null, this.table?.name ?? this.source, options);
  }

  /** Opens what a link names: a shipped table, or a table kept in this browser. */
  async open(source: string, options: Options): Promise<void> {
    this.missing = null;
    this.source = source;
    const url = SHIPPED_URLS[source];
    if (url) {
      const id = this.id;
      let bytes: ArrayBuffer;
      try {
        const res = await fetch(url);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        bytes = await res.arrayBuffer();
      } catch (err) {
        this.status = 'error';
        this.error = `The shipped table “${source}” could not be loaded from this site (${err instanceof Error ? err.message : String(err)}).`;
        return;
      }
      if (id === this.id && this.source === source) await this.read(bytes, source, options);
      return;
    }
    const ref = parseLocalRef(source);
    const kept = ref ? await getLocalTable(source) : null;
    if (this.source !== source) return;
    if (!ref || !kept) {
      this.id++;
      this.status = 'missing';
      this.table = null;
      this.report = null;
      this.missing = ref ?? { name: source, hash: '' };
      return;
    }
    await this.read(kept.bytes.slice(0), kept.name, options);
  }

  /**
   * Reads the learner's file (or pasted text); on success has the worker keep it in this browser and returns
   * its link value. A File goes to the worker as it is: its bytes are read there, and kept from there.
   */
  async openBytes(name: string, bytes: ArrayBuffer | Blob, options: Options): Promise<string | null> {
    const tooBig = sizeError(bytes instanceof Blob ? bytes.size : bytes.byteLength);
    if (tooBig) {
      this.id++;
      this.status = 'error';
      this.error = tooBig;
      return null;
    }
    const done = await this.read(bytes, name, options);
    if (!done || !done.ok) return null;
    const source = formatLocalRef(name, done.hash);
    this.source = source;
    this.missing = null;
    this.note = (await this.keep(done.id, source, name, done.hash)) ?? '';
    return source;
  }

  private keep(id: number, ref: string, name: string, hash: string): Promise<string | null> {
    return new Promise((resolve) => {
      this.keeping.set(id, resolve);
      const request: CsvRequest = { type: 'keep', id, ref, name, hash };
      this.ensureWorker().postMessage(request);
    });
  }

  /** A file from the picker or a drop: refused before reading when it is over the limit. */
  async openFile(file: File, options: Options): Promise<string | null> {
    const tooBig = sizeError(file.size);
    if (tooBig) {
      this.id++;
      this.status = 'error';
      this.error = tooBig;
      return null;
    }
    return this.openBytes(file.name, file, options);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
    this.keeping.clear();
  }
}
