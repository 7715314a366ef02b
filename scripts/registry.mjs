// The app's widget registry (src/app/registry.ts) loaded in Node through Vite, so scripts list the widgets the way
// the gallery does (import.meta.glob over src/widgets/*/index.ts, gallery order) without opening a page.
import { createServer, createServerModuleRunner } from 'vite';

/** Every registered widget's name, title and thumbnail path, in gallery order. */
export async function readRegistry() {
  const server = await createServer({ logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
    const { WIDGETS } = await runner.import('/src/app/registry.ts');
    await runner.close();
    return WIDGETS.map((w) => ({ name: w.name, title: w.title, thumbnail: w.thumbnail }));
  } finally {
    await server.close();
  }
}
