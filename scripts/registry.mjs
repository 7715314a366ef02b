// The app's widget registry (src/app/registry.ts) read in Node, so scripts list the widgets the way the gallery
// does (import.meta.glob over src/widgets/*/index.ts, gallery order) without opening a page.
import { importThroughVite } from './vite-import.mjs';

/** Every registered widget's name, title and thumbnail path, in gallery order. */
export async function readRegistry() {
  const [{ WIDGETS }] = await importThroughVite('/src/app/registry.ts');
  return WIDGETS.map((w) => ({ name: w.name, title: w.title, thumbnail: w.thumbnail }));
}
