// Whether the widget is shown in an embed, set once by the shell (app/WidgetHost) for everything below it, so
// WidgetLayout lays out every widget compactly in an embed without each widget passing a prop down.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('mlp-embedded');

export function setEmbedded(embedded: boolean): void {
  setContext(KEY, embedded);
}

export function isEmbedded(): boolean {
  return getContext<boolean | undefined>(KEY) ?? false;
}

/**
 * The context key under which WidgetHost offers widgets/shared/burst.ts once it has loaded it (after the first paint),
 * as a function that returns the module or null: settled.svelte.ts reads it, so burst.ts stays out of every route's
 * first load and is loaded once.
 */
export const BURST_MODULE = Symbol('burst module');
