import { expect, test, type Page } from '@playwright/test';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

/** Draws a "7" (a top bar and a diagonal) on the pad with the mouse. */
async function drawSeven(page: Page) {
  const pad = page.getByTestId('drawing-pad');
  await pad.scrollIntoViewIfNeeded();
  const b = (await pad.boundingBox())!;
  await page.mouse.move(b.x + 0.25 * b.width, b.y + 0.2 * b.height);
  await page.mouse.down();
  await page.mouse.move(b.x + 0.75 * b.width, b.y + 0.2 * b.height, { steps: 10 });
  await page.mouse.move(b.x + 0.45 * b.width, b.y + 0.85 * b.height, { steps: 14 });
  await page.mouse.up();
}

test('CNN: TF.js and the digits load only when the CNN widget opens, not in the gallery', async ({ page }) => {
  const con = watchConsole(page);
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('./#/');
  await page.waitForLoadState('networkidle');
  const heavy = (u: string) => /cnn\.worker|\.wasm|mnist-subset/.test(u);
  expect(urls.filter(heavy)).toEqual([]);
  await openWidget(page, 'cnn');
  // while TF.js and the digits load, the button and the status say which step is running
  await expect(page.getByTestId('train').or(page.getByTestId('loading-step')).first()).toBeVisible();
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('train')).toHaveText('Train');
  expect(urls.some((u) => /cnn\.worker/.test(u))).toBe(true);
  expect(urls.some((u) => /mnist-subset/.test(u))).toBe(true);
  con.check();
});

test('CNN: a short MNIST run beats chance, the pad predicts a drawing, the views fill in', async ({ page }) => {
  test.setTimeout(180_000);
  const con = watchConsole(page);
  await openWidget(page, 'cnn', 'trainSize=2000&epochs=2&timeLimit=40&patience=0');
  const train = page.getByTestId('train');
  await expect(train).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('backend')).toContainText(/wasm|webgl|cpu/);
  expect(Number.isNaN(await readMetric(page, 'test-accuracy'))).toBe(true); // "—" before training
  await train.click();
  // progress arrives from the worker while the page stays usable
  await expect.poll(() => page.getByTestId('progress-epoch').evaluate((p: HTMLProgressElement) => p.value), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('train')).toBeVisible({ timeout: 150_000 }); // back when the run is over
  const acc = await readMetric(page, 'test-accuracy');
  expect(acc).toBeGreaterThan(0.5); // chance is 0.1
  expect(acc).toBeLessThanOrEqual(1);
  const seconds = await readMetric(page, 'training-time');
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThan(45);
  await expect(page.locator('.cm table')).toBeVisible(); // confusion matrix
  await expect(page.getByTestId('filters')).toBeVisible();
  await expect(page.getByTestId('feature-maps')).toBeVisible();

  await drawSeven(page);
  await expect.poll(async () => page.getByTestId('pad-prediction').getAttribute('data-value'), { timeout: 10_000 }).toMatch(/^[0-9]$/);
  await shot(page, 'cnn-trained');
  await page.getByTestId('pad-clear').click();
  await expect(page.getByTestId('pad-prediction')).toHaveText('—');
  // random pixels still get a digit: the softmax has no "none of these"
  await page.getByTestId('pad-noise').click();
  await expect.poll(async () => page.getByTestId('pad-prediction').getAttribute('data-value'), { timeout: 10_000 }).toMatch(/^[0-9]$/);
  await expect(page.getByTestId('noise-note')).toContainText('always picks one of its ten classes');
  con.check();
});

test('CNN: pause, resume and cancel a run; the 8×8 digits train in seconds', async ({ page }) => {
  test.setTimeout(180_000);
  const con = watchConsole(page);
  await openWidget(page, 'cnn', 'dataset=digits8x8&epochs=30&timeLimit=0&patience=0&kernel1=3');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('train').click();
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  await page.getByTestId('pause').click();
  await page.waitForTimeout(300); // let a batch in flight land
  const at = await page.getByTestId('progress-run').evaluate((p: HTMLProgressElement) => p.value);
  await page.waitForTimeout(1200);
  expect(await page.getByTestId('progress-run').evaluate((p: HTMLProgressElement) => p.value)).toBe(at); // paused: no progress
  await page.getByTestId('resume').click();
  await expect.poll(() => page.getByTestId('progress-run').evaluate((p: HTMLProgressElement) => p.value), { timeout: 30_000 }).toBeGreaterThan(at);
  await page.getByTestId('cancel').click();
  await expect(page.getByTestId('train')).toBeVisible({ timeout: 30_000 });
  expect(Number.isNaN(await readMetric(page, 'test-accuracy'))).toBe(true); // a cancelled run reports no test score

  // A complete short run on the 8×8 digits
  await page.goto('./#/cnn?dataset=digits8x8&epochs=8&timeLimit=0&patience=0&kernel1=3');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('train').click();
  await expect.poll(() => readMetric(page, 'test-accuracy'), { timeout: 120_000 }).toBeGreaterThan(0.8);
  await drawSeven(page);
  await expect.poll(async () => page.getByTestId('pad-prediction').getAttribute('data-value'), { timeout: 10_000 }).toMatch(/^[0-9]$/);
  await shot(page, 'cnn-8x8');
  con.check();
});
