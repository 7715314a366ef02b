/**
 * Tables the learner loaded, kept in this browser's IndexedDB (idb-keyval) so that a reload, or a link
 * opened again in the same browser, finds them. Only here: the bytes never leave the browser, and a link
 * carries the name and a fingerprint (`name@hash16`), never the data. The CSV worker keeps a file it has read
 * (csv-protocol `keep`), so that 50 MB are not copied and cloned on the page's thread; the page lists,
 * opens and forgets them.
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

export async function listLocalTables(): Promise<string[]> {
  try {
    return ((await keys(db())) as string[]).sort();
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
