import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, waitForMetric, watchConsole } from './helpers';

// scikit-learn's least-squares line on the default link's own points (tests/fixtures/make_linear_widget.py)
const cases = JSON.parse(readFileSync(new URL('../fixtures/linear_widget.json', import.meta.url), 'utf8')).cases;
const ref = cases.defaults.sklearn;

test('loads with scikit-learn’s least-squares line; Play walks gradient descent’s line onto it', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'linear');
  expect(await readMetric(page, 'ls-slope')).toBeCloseTo(ref.coef, 10);
  expect(await readMetric(page, 'ls-intercept')).toBeCloseTo(ref.intercept, 10);
  expect(await readMetric(page, 'ls-r2')).toBeCloseTo(ref.train.r2, 10);
  expect(await readMetric(page, 'ls-rmse')).toBeCloseTo(ref.train.rmse, 10);
  expect(await readMetric(page, 'ls-mae')).toBeCloseTo(ref.train.mae, 10);
  expect(await readMetric(page, 'test-r2')).toBeCloseTo(ref.test.r2, 10);
  expect(await readMetric(page, 'lr-max')).toBeCloseTo(ref.surface.lrMax, 10);
  // before training: the surface is drawn (contours), the start line is flat, its loss is mean(y²)
  expect(await page.locator('.contours path').count()).toBeGreaterThan(5);
  expect(await readMetric(page, 'gd-loss')).toBeCloseTo(ref.surface.startLoss, 10);
  expect(await readMetric(page, 'grad-norm')).toBeGreaterThan(0);
  const gap0 = Math.abs((await readMetric(page, 'gd-slope')) - ref.coef);

  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveText(/Play/, { timeout: 30_000 }); // converged: the run stops itself
  expect(Math.abs((await readMetric(page, 'gd-slope')) - ref.coef)).toBeLessThan(gap0 / 1000);
  expect(await readMetric(page, 'gd-r2')).toBeCloseTo(ref.train.r2, 6);
  expect(await readMetric(page, 'gd-loss')).toBeCloseTo(ref.surface.minLoss, 6);
  expect(Number(await page.getByTestId('gd-path').getAttribute('data-length'))).toBeGreaterThan(20);
  expect(await page.getByTestId('residual-squares').locator('rect').count()).toBeGreaterThan(10);
  con.check();
});

test('the link round-trips; too large a rate pauses with a message; clicking adds a point', async ({ page }) => {
  await openWidget(page, 'linear', 'standardize=0&lr=0.04&outlier=8&steps=120&robust=1');
  const slope = await readMetric(page, 'gd-slope');
  await expect(page.getByTestId('outlier-pull')).toContainText('One outlier moved the least-squares slope from 1.04 to 1.56');
  await expect(page.getByTestId('outlier-pull')).toContainText('The least-absolute-error slope moved only from 1.06 to 1.08');
  // scikit-learn's QuantileRegressor(quantile=0.5, alpha=0) on the same points
  expect(Math.abs((await readMetric(page, 'lad-slope')) - cases.outlier.sklearn.lad.coef)).toBeLessThan(1e-6);
  await page.reload();
  await replayed(page);
  expect(await readMetric(page, 'updates')).toBe(120);
  expect(await readMetric(page, 'gd-slope')).toBe(slope);

  await openWidget(page, 'linear', 'standardize=0');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('diverged')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('divergence')).toContainText('or standardise x');
  await expect(page.locator('[data-metric="gd-loss"]')).not.toHaveText(/NaN|Infinity/);

  await openWidget(page, 'linear');
  const before = await page.locator('.map circle.pt').count();
  const box = (await page.locator('.map .plot-hit').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.2);
  await expect(page.locator('.map circle.pt')).toHaveCount(before + 1);
  await expect(page).toHaveURL(/added=/);
});

test('dragging a point moves the least-squares line at once, and the link keeps the move', async ({ page }) => {
  await openWidget(page, 'linear');
  const before = await readMetric(page, 'ls-slope');
  const count = await page.locator('.map circle.pt').count();
  // the rightmost training point, dragged 90 px up: a high point on the right tilts the line up
  const dots = await page.locator('.map circle.pt.train').evaluateAll((cs) => cs.map((c) => ({ i: Number(c.getAttribute('data-i')), x: Number(c.getAttribute('cx')) })));
  const right = dots.reduce((a, b) => (b.x > a.x ? b : a));
  const box = (await page.locator(`.map circle[data-i="${right.i}"]`).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let k = 1; k <= 6; k++) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 15 * k);
  await page.mouse.up();
  await expect(page).toHaveURL(/moved=/);
  const after = await readMetric(page, 'ls-slope');
  expect(after).toBeGreaterThan(before + 0.05);
  await expect(page.locator('.map circle.pt')).toHaveCount(count);
  expect(await readMetric(page, 'updates')).toBe(0); // the move restarted gradient descent from (0, 0)
  await page.reload();
  await replayed(page);
  expect(await readMetric(page, 'ls-slope')).toBe(after);
});

test('phone layout has no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWidget(page, 'linear', 'steps=30&outlier=5');
  await waitForMetric(page, 'updates', (v) => v === 30);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
