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
 * Keeps a prepared table (CSV bytes) for the models' widgets under its file reference (`name@hash8`, what their
 * `table` parameter carries), or returns an error message when this browser would not keep it. The caller makes
 * the reference (params' fileRef): importing params here would split it into a chunk of its own on every route.
 */
export async function savePreparedTable(ref: string, bytes: Uint8Array): Promise<string | null> {
  const at = ref.lastIndexOf('@');
  return saveLocalTable({ ref: PREPARED + ref, name: ref.slice(0, at), hash: ref.slice(at + 1), bytes: bytes.slice().buffer, savedAt: Date.now() });
}

/** The bytes of a prepared table this browser keeps (by its `name@hash8` reference), or null. */
export async function findPreparedTable(ref: string): Promise<Uint8Array | null> {
  const kept = await getLocalTable(PREPARED + ref);
  return kept ? new Uint8Array(kept.bytes) : null;
}
