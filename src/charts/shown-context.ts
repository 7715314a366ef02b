// Kept out of charts/controls/: that folder is the UI kit's chunk (vite.config UI_KIT), and the shell imports this.
// Which settings an embed lets the reader change (classroom mode, params/shown.ts), set once by the shell
// (app/WidgetHost) for everything below it: ParamControls shows only those rows, and a widget asks it before
// offering its own control for a row (a + on a diagram, a Regenerate button), with no prop passed down.
import { getContext, setContext } from 'svelte';
import { controlShown, type ShownControls } from '../params';

const KEY = Symbol('mlp-shown-controls');

/** `get` is read on every use, so the shell may learn the list after its schema has loaded. */
export function setShownControls(get: () => ShownControls): void {
  setContext(KEY, get);
}

/** A test for "may the reader change row `name`?" (every row when no shell set a list). Call during init. */
export function shownControls(): (name: string) => boolean {
  const get = getContext<(() => ShownControls) | undefined>(KEY);
  return (name) => controlShown(get?.() ?? null, name);
}
