import { expect, test } from '@playwright/test';
import { WIDGETS } from './registry';
import { pressPlayIfEnabled, watchConsole } from './helpers';

// Offline use (issue 16): after one visit the service worker has cached the whole site, so with the connection
// gone every route still loads, trains and reloads; and a widget whose code cannot be fetched offers a retry.

test('after one visit, every route loads, trains and reloads offline', async ({ context, page }) => {
  test.setTimeout(300_000);
  await page.goto('./');
  await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 60_000 }); // every file is cached
  await context.setOffline(true);
  const con = watchConsole(page);
  for (const w of WIDGETS) {
    await page.goto(`./#/${w.name}`);
    await page.locator('[data-metric]').first().waitFor({ timeout: 30_000 });
    await page.reload(); // a reload offline is served by the service worker too
    await page.locator('[data-metric]').first().waitFor({ timeout: 30_000 });
    await expect(page.getByText('Could not load this widget')).toHaveCount(0);
    if (await pressPlayIfEnabled(page, 5_000)) await page.waitForTimeout(500);
    await expect(page.locator('body')).not.toContainText('NaN');
  }
  // The CNN trains from its cached worker, TF.js wasm files and digits.
  await page.goto('./#/cnn?dataset=digits8x8&epochs=1&trainSize=500');
  await page.locator('[data-metric]').first().waitFor({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('train').click();
  await expect(page.getByTestId('cnn-tensors')).not.toHaveAttribute('data-value', '', { timeout: 60_000 });
  // Anything failing offline is an error (requests our own reloads cut short are not counted: watchConsole).
  con.check();
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });
  test('a widget whose code cannot be fetched says so and loads on "Try again"', async ({ page }) => {
  // The first visit, with the widget's own chunk unreachable (a dropped connection).
  await page.goto('./');
  let block = true;
  await page.route(/assets\/Widget-[^/]*\.js$/, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('./#/gini');
  await expect(page.getByTestId('retry-load')).toBeVisible({ timeout: 30_000 });
  block = false;
  await page.getByTestId('retry-load').click();
  await page.locator('[data-metric]').first().waitFor({ timeout: 30_000 });
});
});
