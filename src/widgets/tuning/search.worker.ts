// The #/tuning searches off the main thread (in the widget's folder, not src/workers/, because it runs the widget's
// Node-tested session and workers/ may import only core and params): every fold fit, refit and curve point of a TuningSession, one gate
// pass each (so Pause and Step act per fit), with a frame posted whenever the views would change and the event
// loop visited every ~15 ms so pause and cancel messages get in.
import { serveTask } from '../../workers/host';
import type { TuningTask } from './protocol';
import { TuningSession } from './session';

const yieldToEventLoop = () => new Promise<void>((r) => setTimeout(r, 0));

serveTask<TuningTask>({
  load: async () => true,
  async run(params, ctx) {
    const s = new TuningSession(params);
    ctx.started(s.info());
    const total = s.totalSteps;
    let shown = s.frame();
    ctx.progress({ steps: 0, total, frame: shown });
    let slice = performance.now();
    while (!s.done) {
      await ctx.gate();
      if (ctx.cancelled()) break;
      s.step();
      const f = s.frame(); // the same object until something visible changed
      if (f !== shown || s.done) {
        shown = f;
        ctx.progress({ steps: s.steps, total, frame: f });
      }
      if (performance.now() - slice > 15) {
        await yieldToEventLoop();
        slice = performance.now();
      }
    }
    return { steps: s.steps };
  },
  answers: {},
});
