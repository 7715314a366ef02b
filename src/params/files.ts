import { isPlainText } from './text';
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

/** Longest file name a reference keeps (file-store.ts cuts names to it). */
export const MAX_NAME = 80;
const REF = /^(.+)@([0-9a-f]{8})$/;

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
