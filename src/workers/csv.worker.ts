/// <reference lib="webworker" />
/**
 * Reads a CSV off the page's thread (see csv-protocol.ts): reads a File's bytes, fingerprints them (SHA-256),
 * decodes and parses them a megabyte at a time with d3-dsv (core/io/csv), reporting progress after each
 * piece, and posts the table back with its number columns transferred and each column's summary. Keeps the
 * last bytes, so a change of reading options (header, rows with a wrong field count, kinds) re-reads without
 * the page sending them again, and keeps them in IndexedDB when the page asks (`keep`).
 */
import { summarise } from '../core/data/summary';
import { readBytes } from '../core/io/csv';
import { toWire, type CsvEvent, type CsvRequest } from './csv-protocol';
import { saveLocalTable } from './local-tables';

let last: { bytes: Uint8Array; hash: Promise<string> } | null = null;
let current = 0;

const post = (e: CsvEvent, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(e, transfer);

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

// Let a newer request's message in between pieces (a superseded read stops at its next piece).
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function keep({ id, ref, name, hash }: Extract<CsvRequest, { type: 'keep' }>): Promise<void> {
  const kept = last;
  if (!kept || (await kept.hash) !== hash) return post({ type: 'kept', id, note: 'The table could not be kept in this browser (another file was read meanwhile); it stays until you leave the page.' });
  const buffer = kept.bytes.buffer as ArrayBuffer;
  post({ type: 'kept', id, note: await saveLocalTable({ ref, name, hash, bytes: buffer, savedAt: Date.now() }) });
}

self.onmessage = async (ev: MessageEvent<CsvRequest>) => {
  if (ev.data.type === 'keep') return keep(ev.data);
  const { id, bytes: given, options } = ev.data;
  current = id;
  // A File comes as a handle: its bytes are read here, never on the page's thread.
  const bytes = given instanceof Blob ? await given.arrayBuffer() : given;
  if (current !== id) return;
  // The fingerprint is computed while the bytes are parsed (WebCrypto digests off this thread), not before.
  if (bytes) last = { bytes: new Uint8Array(bytes), hash: sha256(new Uint8Array(bytes)) };
  if (!last) return post({ type: 'done', id, hash: '', bytes: 0, ok: false, error: 'There is no file to read.' });
  const { bytes: data, hash: hashing } = last;
  let lastPost = 0;
  const result = await readBytes(data, options, async (done) => {
    if (current !== id) throw new Error('superseded');
    const now = performance.now();
    if (now - lastPost > 50 || done === 1) {
      lastPost = now;
      post({ type: 'progress', id, done });
      await breathe();
    }
  });
  const hash = await hashing;
  if (current !== id) return;
  if (!result.ok) return post({ type: 'done', id, hash, bytes: data.length, ok: false, error: result.error });
  const summaries = result.table.columns.map(summarise); // before the buffers are transferred away
  const transfer: ArrayBuffer[] = [];
  const columns = result.table.columns.map((c) => toWire(c, transfer));
  post({ type: 'done', id, hash, bytes: data.length, ok: true, name: result.table.name, nRows: result.table.nRows, format: result.table.format, columns, summaries, report: result.report }, transfer);
};
