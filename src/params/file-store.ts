// The in-page side of the file rule (see files.ts): the content hash, a file's reference and the per-widget store.
// Its own module so that the URL layer (parse/format, in every route) does not carry the store: only a widget that
// takes files loads it.
import { MAX_NAME } from './files';
import { stripControl } from './text';
import type { FileRef } from './types';

/**
 * FNV-1a, 32 bits, as 8 hex digits: a short fingerprint to recognise a file again, not a security
 * measure (crypto.subtle would be async and is missing outside secure contexts).
 */
export function contentHash(bytes: Uint8Array): string {
  return hex(fnv1a(0x811c9dc5, bytes, 0, bytes.length));
}

/**
 * contentHash in pieces of `piece` bytes with a task between them, so that a large file (a corpus of a megabyte)
 * never holds the page's thread for long: the same digest, as FNV-1a runs through the bytes in order.
 */
export async function contentHashInPieces(bytes: Uint8Array, piece = 1 << 16): Promise<string> {
  let h = 0x811c9dc5;
  for (let a = 0; a < bytes.length; a += piece) {
    if (a > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    h = fnv1a(h, bytes, a, Math.min(bytes.length, a + piece));
  }
  return hex(h);
}

function fnv1a(h: number, bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');

/** A file's reference: its name made safe for a link (no control characters, no more than 80 characters). */
export function fileRef(name: string, bytes: Uint8Array): FileRef {
  return { name: refName(name), hash: contentHash(bytes) };
}

const refName = (name: string) => stripControl(name).trim().slice(0, MAX_NAME) || 'file';

/**
 * The files a widget instance holds, by content hash: the upload control adds to it, the widget reads the
 * bytes back with get(params.file). One store per widget instance (no global state), so two embeds never
 * see each other's files.
 */
export class FileStore {
  readonly #files = new Map<string, { name: string; bytes: Uint8Array }>();

  /** Keeps the bytes and returns the reference the parameter takes. */
  add(name: string, bytes: Uint8Array): FileRef {
    return this.#keep(fileRef(name, bytes), bytes);
  }

  /** add() with the hash taken in pieces (contentHashInPieces): what a file input or a paste box uses. */
  async addInPieces(name: string, bytes: Uint8Array): Promise<FileRef> {
    return this.#keep({ name: refName(name), hash: await contentHashInPieces(bytes) }, bytes);
  }

  #keep(ref: FileRef, bytes: Uint8Array): FileRef {
    this.#files.set(ref.hash, { name: ref.name, bytes });
    return ref;
  }

  has(ref: FileRef | null): boolean {
    return ref !== null && this.#files.has(ref.hash);
  }

  /** The bytes of a referenced file, or undefined when this page does not hold it. */
  get(ref: FileRef | null): Uint8Array | undefined {
    return ref ? this.#files.get(ref.hash)?.bytes : undefined;
  }
}
