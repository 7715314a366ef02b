import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';

// The registry imports every widget's index.ts (and so its params.ts) at once; everything else a widget needs
// (its component, charts, d3, TF.js, workers) must wait until the widget is opened.
test('the gallery loads the shell and the registry only: no widget component, worker or TF.js until one is opened', async ({ page }) => {
  const con = watchConsole(page);
  const scripts = new Map<string, number>();
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.endsWith('.js')) return;
    scripts.set(path, 0);
    // a body still arriving when the page closes is not an error of the app
    const body = await r.body().catch(() => null);
    if (body) scripts.set(path, body.length);
  });
  await page.goto('./');
  await expect(page.locator('a.card[data-widget="gini"]')).toBeVisible();
  expect(await page.locator('a.card[data-widget]').count()).toBeGreaterThanOrEqual(8);
  await page.waitForLoadState('networkidle');
  const loaded = [...scripts.keys()];
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((p) => /\/(Widget-|[^/]*worker|[^/]*tfjs)/i.test(p))).toEqual([]);
  // TF.js alone is over 1 MB, a widget with its charts tens of KB: the gallery's JavaScript stays small
  const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
  expect(bytes).toBeLessThan(150_000);

  // opening a widget is what loads its code (so the name check above is looking at the right files)
  await page.locator('a.card[data-widget="knn"]').click();
  await page.locator('[data-metric]').first().waitFor();
  expect([...scripts.keys()].some((p) => /\/Widget-[\w-]+\.js$/.test(p))).toBe(true);
  con.check();
});
