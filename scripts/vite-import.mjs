// Loads app modules in Node through Vite (so `import.meta.glob`, `?raw` and the project's resolution work as
// in the app), for scripts that need the registry or a widget's session without opening a page.
import { createServer, createServerModuleRunner } from 'vite';

/** Imports the given modules (paths from the repository root, e.g. '/src/app/registry.ts') and returns them. */
export async function importThroughVite(...paths) {
  const server = await createServer({ logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
    const modules = [];
    for (const p of paths) modules.push(await runner.import(p));
    await runner.close();
    return modules;
  } finally {
    await server.close();
  }
}
