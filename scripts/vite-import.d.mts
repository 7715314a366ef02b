/** Imports the given modules (paths from the repository root, e.g. '/src/app/registry.ts') through Vite. */
export function importThroughVite(...paths: string[]): Promise<Record<string, unknown>[]>;
