import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, waitForMetric, watchConsole } from './helpers';

// scikit-learn's pipeline and numpy's decomposition on the default link's own points (make_regularization_widget.py)
const cases = JSON.parse(readFileSync(new URL('../fixtures/regularization_widget.json', import.meta.url), 'utf8')).cases;
const ref = cases.defaults.sklearn;
const degree = (page: import('@playwright/test').Page) => page.locator('[data-param="degree"] input[type="range"]');

test('loads with scikit-learn’s errors; a degree change moves the fitted curve and the marker', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'regularization');
  const d0 = 5;
  expect(await readMetric(page, 'train-mse')).toBeCloseTo(ref.trainMse[d0 - 1], 10);
  expect(await readMetric(page, 'test-mse')).toBeCloseTo(ref.testMse[d0 - 1], 10);
  const curve = await page.locator('.fit-curve path').getAttribute('d');
  expect(curve?.length).toBeGreaterThan(100);
  await expect(page.locator('.marker text').first()).toHaveText('degree 5');

  await degree(page).fill('12');
  await expect(page).toHaveURL(/degree=12/);
  await expect(page.locator('.marker text').first()).toHaveText('degree 12');
  expect(await readMetric(page, 'train-mse')).toBeCloseTo(ref.trainMse[11], 10);
  expect(await readMetric(page, 'test-mse')).toBeCloseTo(ref.testMse[11], 10);
  expect(await page.locator('.fit-curve path').getAttribute('d')).not.toBe(curve);
  con.check();
});

test('Resample refits the sets and shows bias² + variance + noise; the link round-trips', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'regularization', 'sets=20');
  await expect(page.locator('[data-metric="bias2"]')).toHaveCount(0);
  await page.getByTestId('resample').click();
  await waitForMetric(page, 'expected-error', (v) => Number.isFinite(v), 30_000);
  await expect(page).toHaveURL(/steps=20/);
  await expect(page.locator('.refits path')).toHaveCount(20);
  await expect(page.locator('.mean-curve path')).toHaveCount(1);
  // the trade-off curve: bias², variance and their sum at every degree, the current one marked
  const tradeoff = page.locator('[aria-label="bias squared, variance and their sum with the noise against degree"]');
  await expect(tradeoff.locator('path.line')).toHaveCount(3);
  const want = ref.decomposition; // numpy on scikit-learn's refits of the same 20 sets
  for (const k of ['bias2', 'variance', 'noise']) expect(await readMetric(page, k)).toBeCloseTo(want[k], 10);
  expect(await readMetric(page, 'expected-error')).toBeCloseTo(want.total, 10);
  expect(await readMetric(page, 'measured-error')).toBeCloseTo(want.measured, 10);

  // a degree change refits as many sets at the new degree: a straight line has much more bias
  const bias5 = await readMetric(page, 'bias2');
  await degree(page).fill('1');
  await expect(page).toHaveURL(/degree=1/);
  await waitForMetric(page, 'bias2', (v) => v > 10 * bias5, 30_000);

  const url = page.url();
  const bias1 = await readMetric(page, 'bias2');
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator('[data-metric]').first().waitFor();
  await replayed(page);
  await waitForMetric(page, 'bias2', (v) => v === bias1);
  expect(await readMetric(page, 'test-mse')).toBeCloseTo(ref.testMse[0], 10);
  await page.getByTestId('clear').click();
  await expect(page.locator('[data-metric="bias2"]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/steps=/);
  con.check();
});

test('lasso: coefficients reach exactly 0; bad input shows a message, not NaN', async ({ page }) => {
  await openWidget(page, 'regularization', 'penalty=lasso&alpha=0.1');
  const zeros = ref.lasso['0.1'].coef.filter((c: number) => c === 0).length;
  expect(zeros).toBeGreaterThan(0);
  await expect(page.locator('body')).toContainText(`${zeros} of 5 coefficients are exactly 0`);
  await openWidget(page, 'regularization', 'penalty=lasso&alpha=1e-6&degree=15&n=8');
  await expect(page.getByTestId('run-notice')).toContainText('16 coefficients for 8 points');
  await expect(page.locator('body')).toContainText('did not converge');
  await expect(page.locator('[data-metric]')).not.toHaveText([/NaN/]);
  expect(Number.isFinite(await readMetric(page, 'test-mse'))).toBe(true);
});

test('phone layout has no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWidget(page, 'regularization', 'steps=20&sets=20');
  await waitForMetric(page, 'bias2', Number.isFinite);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
