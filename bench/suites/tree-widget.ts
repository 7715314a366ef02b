// In-browser probe: #/tree refitting on a slider change (issue 9: at default size a change of max depth, min samples
// per leaf or α refits and redraws within one frame, p95 ≤ 16.7 ms in headless Chromium). The tree is grown to the
// end first, so every change regrows the complete tree.
import type { Page } from '@playwright/test';
import { runSliderSuite } from '../lib/slider-suite';

async function grownToEnd(page: Page) {
  await page.locator('[data-metric="leaves"]').waitFor();
  await page.getByTestId('grow-to-end').click();
  await page.waitForFunction(() => (document.querySelector('[data-testid="grow-to-end"]') as HTMLButtonElement | null)?.disabled === true);
}

await runSliderSuite({
  port: Number(process.env.PORT || 4212),
  section: 'tree-widget',
  title: 'Tree widget: a slider change in the browser',
  method: `#/tree at its defaults (200 moons points, 140 training) grown to the end, so every change regrows the complete
tree: the session's rebuild (the points kept when only the tree's settings change, one growth, the view) and Svelte's
DOM update of the map, the tree diagram and the toolbar. The evaluation panel, the notes and the depth and pruning
curves follow when a drag ends (a pause of 150 ms or the learner letting go; \`widgets/shared/settled.svelte.ts\`): the
changes here come a frame or two apart, as a drag's do.`,
  cases: [
    { label: 'max depth', route: '#/tree', ready: grownToEnd, slider: /^Max depth/ },
    { label: 'min samples per leaf', route: '#/tree', ready: grownToEnd, slider: /^Min samples per leaf/ },
    { label: 'pruning α', route: '#/tree', ready: grownToEnd, slider: /^Pruning α/ },
  ],
});
