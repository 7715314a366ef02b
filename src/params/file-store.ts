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
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A file's reference: its name made safe for a link (no control characters, no more than 80 characters). */
export function fileRef(name: string, bytes: Uint8Array): FileRef {
  const clean = stripControl(name).trim().slice(0, MAX_NAME) || 'file';
  return { name: clean, hash: contentHash(bytes) };
}

/**
 * The files a widget instance holds, by content hash: the upload control adds to it, the widget reads the
 * bytes back with get(params.file). One store per widget instance (no global state), so two embeds never
 * see each other's files.
 */
export class FileStore {
  readonly #files = new Map<string, { name: string; bytes: Uint8Array }>();

  /** Keeps the bytes and returns the reference the parameter takes. */
  add(name: string, bytes: Uint8Array): FileRef {
    const ref = fileRef(name, bytes);
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
