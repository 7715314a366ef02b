// Widgets whose run is a computation to finish rather than training to watch (cv's folds, feature selection's
// panels) start it by themselves: each new data or model setting plays once from 0. A link with a count replays to
// it and stays there (its run is not idle at 0).
import type { Schema } from '../../params';
import { rowsKey } from './run-keys';
import type { RunHandle } from './run-types';

export function playOnBuild(run: RunHandle & { session: unknown }, schema: Schema, params: () => object): void {
  let started = '';
  $effect(() => {
    const key = rowsKey(schema, params());
    if (key !== started && run.session && run.status === 'idle' && run.steps === 0) {
      started = key;
      run.play();
    }
  });
}
