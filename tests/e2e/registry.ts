// The app's widget registry for specs. src/app/registry.ts finds the widgets with import.meta.glob, which only
// Vite understands, so it is loaded through Vite here (as scripts/thumbnails.mjs does), not imported directly.
import { importThroughVite } from '../../scripts/vite-import.mjs';
import type { WidgetEntry } from '../../src/widgets/types';

const [registry] = await importThroughVite('/src/app/registry.ts');
export const WIDGETS = registry.WIDGETS as WidgetEntry[];
