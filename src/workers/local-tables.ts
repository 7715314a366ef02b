/**
 * Tables the learner loaded, kept in this browser's IndexedDB (idb-keyval) so that a reload, or a link
 * opened again in the same browser, finds them. Only here: the bytes never leave the browser, and a link
 * carries the name and a fingerprint (`name@hash16`), never the data. The CSV worker keeps a file it has read
 * (csv-protocol `keep`), so that 50 MB are not copied and cloned on the page's thread; the page lists,
 * opens and forgets them.
 *
 * The data lab also keeps the tables it prepares for a model (`prepared:` keys): #/knn and the other
 * classifiers take them by their file reference (`name@hash8`, the one every file parameter carries), so a
 * link from the lab opens the model on the prepared table in this browser.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { fileRef } from '../params/file-store';
import { formatFileRef } from '../params/files';
import type { FileRef } from '../params/types';

export interface LocalTable {
  ref: string;
  name: string;
  hash: string;
  bytes: ArrayBuffer;
  savedAt: number;
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('ml-playground-data', 'tables'));

export async function saveLocalTable(t: LocalTable): Promise<string | null> {
  try {
    await set(t.ref, t, db());
    return null;
  } catch (err) {
    return `The table could not be kept in this browser (${err instanceof Error ? err.message : String(err)}); it stays until you leave the page.`;
  }
}

export async function getLocalTable(ref: string): Promise<LocalTable | null> {
  try {
    return (await get<LocalTable>(ref, db())) ?? null;
  } catch {
    return null;
  }
}

/** The loaded tables (not the prepared ones, which the lab makes again from these). */
export async function listLocalTables(): Promise<string[]> {
  try {
    return ((await keys(db())) as string[]).filter((k) => !k.startsWith(PREPARED)).sort();
  } catch {
    return [];
  }
}

export async function deleteLocalTable(ref: string): Promise<void> {
  try {
    await del(ref, db());
  } catch {
    // nothing kept, nothing to forget
  }
}

const PREPARED = 'prepared:';

/**
 * Keeps a prepared table (CSV bytes) for the models' widgets and returns the reference their `table` parameter
 * takes, or an error message when this browser would not keep it.
 */
export async function savePreparedTable(name: string, bytes: Uint8Array): Promise<{ ref: FileRef; error: string | null }> {
  const ref = fileRef(name, bytes);
  const buffer = bytes.slice().buffer;
  const error = await saveLocalTable({ ref: PREPARED + formatFileRef(ref), name: ref.name, hash: ref.hash, bytes: buffer, savedAt: Date.now() });
  return { ref, error };
}

/** The bytes of a prepared table this browser keeps, or null. */
export async function findPreparedTable(ref: FileRef): Promise<Uint8Array | null> {
  const kept = await getLocalTable(PREPARED + formatFileRef(ref));
  return kept ? new Uint8Array(kept.bytes) : null;
}
