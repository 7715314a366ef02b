/**
 * A value that follows its source at once when the source changes on its own (a click, a step), and once a burst of
 * changes ends when it changes many times in a row (a slider drag: a pause, or the learner letting go; burst.ts).
 * For the panels below a widget's main views (its evaluation, its notes): during a drag the map and the model follow
 * every step within a frame, and these catch up when the learner stops, instead of each step paying for them.
 */
import { getContext, untrack } from 'svelte';
import { BURST_MODULE } from './embed-context';

export function settled<T>(source: () => T): { readonly current: T } {
  let current = $state.raw(untrack(source));
  // burst.ts, once WidgetHost has loaded it after the first paint (the routes are near their budgets): until then, and
  // for a widget mounted outside a host, the value follows its source at once
  const loaded = getContext<(() => typeof import('./burst') | null) | undefined>(BURST_MODULE);
  const burst = $derived.by(() => {
    const m = loaded?.();
    return m ? new m.Burst() : null;
  });
  $effect(() => burst?.listen(window));
  $effect(() => {
    const v = source();
    if (burst) return burst.request(() => (current = v));
    current = v;
  });
  return {
    get current() {
      return current;
    },
  };
}
