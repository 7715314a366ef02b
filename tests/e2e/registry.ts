// The app's widget registry for specs. src/app/registry.ts finds the widgets with import.meta.glob, which only
// Vite understands, so it is loaded through Vite here (as scripts/thumbnails.mjs does), not imported directly.
import { importThroughVite } from '../../scripts/vite-import.mjs';
import type { Schema } from '../../src/params';
import type { WidgetEntry } from '../../src/widgets/types';

const [registry, schemas] = await importThroughVite('/src/app/registry.ts', '/src/app/all-schemas.ts');
/** The registry's entries, each with its schema (the app loads a schema with its widget; specs want them all). */
export const WIDGETS = (registry.WIDGETS as WidgetEntry[]).map((w) => ({ ...w, schema: (schemas.SCHEMAS as Record<string, Schema>)[w.name] }));
