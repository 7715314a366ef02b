import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

// scikit-learn's accuracies on the widget's own points (tests/fixtures/make_widgets.py)
const sklearn = JSON.parse(readFileSync(new URL('../fixtures/widgets.json', import.meta.url), 'utf8')).knn;

const mapPixels = (page: Page) => page.locator('canvas').first().evaluate((c: HTMLCanvasElement) => c.toDataURL());

test('kNN: dragging a training point recolours the map at once', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'knn', 'k=1&seed=4');
  const before = await mapPixels(page);
  const accBefore = await readMetric(page, 'test-accuracy');
  expect(await readMetric(page, 'train-accuracy')).toBe(1); // k = 1: every training point is its own nearest neighbour
  const pt = page.locator('circle.pt.train').first();
  const box = (await pt.boundingBox())!;
  const hit = (await page.getByTestId('knn-hit').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // drag it to the far corner of the map, where no point of its class is
  await page.mouse.move(hit.x + hit.width - 15, hit.y + 15, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/moved=/);
  await expect.poll(() => mapPixels(page)).not.toBe(before);
  // the link keeps the drag: a reload draws the same map
  const after = await mapPixels(page);
  await page.reload();
  await page.locator('[data-metric="map-ms"]').waitFor({ state: 'attached' });
  expect(await mapPixels(page)).toBe(after);
  expect(accBefore).toBeCloseTo(sklearn['k1-seed4'].sklearn.curve.test[0], 12); // the page shows scikit-learn's number
  expect(await readMetric(page, 'map-ms')).toBeGreaterThan(0);
  await shot(page, 'knn-dragged');
  con.check();
});

test('kNN: k, weights and metric change the map; hover shows the k neighbours and the vote', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'knn', 'k=5');
  const a = await mapPixels(page);
  await openWidget(page, 'knn', 'k=25');
  const b = await mapPixels(page);
  expect(b).not.toBe(a);
  expect(await readMetric(page, 'k')).toBe(25);
  await openWidget(page, 'knn', 'k=25&metric=chebyshev&weights=distance');
  expect(await mapPixels(page)).not.toBe(b);
  const hit = (await page.getByTestId('knn-hit').boundingBox())!;
  await page.mouse.move(hit.x + hit.width * 0.5, hit.y + hit.height * 0.5);
  await expect(page.getByTestId('votes')).toBeVisible();
  await expect(page.locator('table.nb tbody tr')).toHaveCount(10); // 25 neighbours, the first 10 listed
  await expect(page.locator('g.neighbours line')).toHaveCount(25);
  con.check();
});

test('kNN: stretching a feature hurts, standardising repairs it', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'knn', 'dataset=moons&noise=0.3&k=7&seed=3');
  const plain = await readMetric(page, 'test-accuracy');
  await openWidget(page, 'knn', 'dataset=moons&noise=0.3&k=7&seed=3&stretch=1');
  const stretched = await readMetric(page, 'test-accuracy');
  await openWidget(page, 'knn', 'dataset=moons&noise=0.3&k=7&seed=3&stretch=1&standardize=1');
  const fixed = await readMetric(page, 'test-accuracy');
  expect(stretched).toBeLessThan(plain);
  expect(fixed).toBeGreaterThan(stretched);
  con.check();
});
