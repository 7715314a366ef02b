import { isPlainText, stripControl } from './text';
import type { FileRef } from './types';

/*
 * The rule for values that cannot live in a URL (an uploaded file):
 * - The contents never go into a link or an embed attribute: they can be megabytes, and a learner's
 *   data must not leak through a shared link. They stay in the page, in the widget's FileStore.
 * - The link carries only a reference, `name@hash`: the file's name (at most 80 characters) and 8 hex
 *   digits of a content hash, so a reader can tell which file the link was made with.
 * - Opening a link whose file is not loaded in this page (always the case for a new page) falls back to
 *   the default data with the usual visible notice naming the file (resolveRuntime). Choosing the file
 *   again restores the same reference (same name, same hash), so the link and the file together rebuild
 *   the state.
 */

const MAX_NAME = 80;
const REF = /^(.+)@([0-9a-f]{8})$/;

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

export function formatFileRef(ref: FileRef | null): string {
  return ref ? `${ref.name}@${ref.hash}` : '';
}

/** `name@hash` back to a reference; '' is no file (null); undefined when malformed. */
export function parseFileRef(s: string): FileRef | null | undefined {
  if (s === '') return null;
  const m = REF.exec(s);
  if (!m || !isPlainText(m[1], MAX_NAME)) return undefined;
  return { name: m[1], hash: m[2] };
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
