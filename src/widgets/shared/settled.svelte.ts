/**
 * A value that follows its source at once when the source changes on its own (a click, a step), and once a burst of
 * changes ends when it changes many times in a row (a slider drag: a pause, or the learner letting go; burst.ts).
 * For the panels below a widget's main views (its evaluation, its notes): during a drag the map and the model follow
 * every step within a frame, and these catch up when the learner stops, instead of each step paying for them.
 */
import { untrack } from 'svelte';
import { Burst } from './burst';

export function settled<T>(source: () => T): { readonly current: T } {
  let current = $state.raw(untrack(source));
  const burst = new Burst();
  $effect(() => burst.listen(window));
  $effect(() => {
    const v = source();
    return burst.request(() => (current = v));
  });
  return {
    get current() {
      return current;
    },
  };
}
