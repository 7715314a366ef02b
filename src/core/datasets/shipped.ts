// Builders of the data sets shipped under datasets/ (catalog.ts, origin 'shipped'): fixed rows, loaded from the
// app's own origin by ./load.ts. The number of points, the noise and the seed do not apply.
import type { AsyncBuilder, Builder } from './builder';
import { loadDigits, loadIris } from './load';

export const SHIPPED = {
  iris: () => loadIris(),
} satisfies Record<string, Builder>;

export const SHIPPED_ASYNC = {
  digits: () => loadDigits(),
} satisfies Record<string, AsyncBuilder>;
