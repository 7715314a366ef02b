import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, watchConsole } from './helpers';

// The data lab's prepared penguins, grown into a random forest in #/forest (issue 11, Output; issue 9): every tree
// may split on every column, the importances name the table's columns, the maps show one plane through them.
// Reference: tests/fixtures/make_forest_table.py. The lab's default link (√d features, 100 deep trees) is compared
// with scikit-learn's forests over 30 random states on the same rows; the plain-bagging link with scikit-learn's own
// forest fitted on our bootstrap draws (each of our trees matched by scikit-learn's), to the last digit.
const fx = JSON.parse(readFileSync(new URL('../fixtures/forest_table.json', import.meta.url), 'utf8'));

test('the lab opens its prepared penguins in the random forest: scikit-learn’s test accuracy and OOB score on every column', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./#/data?tab=output');
  await page.getByTestId('open-in-forest').click({ timeout: 30_000 });
  await expect(page).toHaveURL(/#\/forest\?table=penguins-prepared\.csv(%40|@)[0-9a-f]{8}$/);
  const names: string[] = fx.featureNames.penguins;
  await expect(page.getByTestId('table-map-caption')).toContainText(`among 3 of the ${names.length} columns`, { timeout: 30_000 });
  await expect(page.locator('.map')).toContainText('PC1');
  // features per split: √d and log₂ d of the 10 columns, fractions and counts
  expect(names).toHaveLength(10);
  const mf = page.locator('[data-param="maxFeatures"] select');
  await expect(mf.locator('option')).toHaveText(['√d: 3 of 10 (the default)', 'log₂ d: 3 of 10', '25 % of them: 2 of 10', '50 % of them: 5 of 10', '75 % of them: 7 of 10', ...Array.from({ length: 9 }, (_, k) => `${k + 1} of 10`), 'all 10 (plain bagging)']);
  // a click on the map adds no point on a table (it says so)
  await expect(page.getByTestId('table-map-caption')).toContainText('Clicking adds no point here');
  const link = page.url();
  await page.getByTestId('grow-all').click();
  await expect.poll(() => readMetric(page, 'trees'), { timeout: 60_000 }).toBe(100);
  const acc = fx.cases['penguins-defaults'].sklearn.runs.map((r: { testAccuracy: number }) => r.testAccuracy);
  const test1 = await readMetric(page, 'test-accuracy');
  expect(test1).toBeGreaterThanOrEqual(Math.min(...acc));
  expect(test1).toBeLessThanOrEqual(Math.max(...acc));
  expect(page.url()).not.toMatch(/added=/);
  // the importances name the table's columns (as text), the thumbnails show six trees' maps
  // (on the bars without the lab's num__ / cat__ prefix and the unit, as on #/tree's cards: Flipper Length for
  // num__Flipper Length (mm)); the notes name the largest whole
  for (const name of ['Beak Length', 'Flipper Length', 'Body Mass', 'Island_Biscoe', 'Sex_MALE']) {
    await expect(page.locator(`.bar[data-label="${name} · impurity"]`)).toHaveCount(1);
    await expect(page.locator(`.bar[data-label="${name} · permutation"]`)).toHaveCount(1);
  }
  await expect(page.locator('.bar[data-label$=" · impurity"]')).toHaveCount(names.length);
  await expect(page.getByRole('img', { name: /impurity-based and permutation feature importances/ })).toContainText('Flipper Length · impurity');
  await expect(page.getByTestId('tree-thumbs')).toHaveAttribute('data-count', '6');
  await expect(page.getByTestId('tree-thumbs').locator('canvas')).toHaveCount(6);

  // plain bagging, 25 trees: scikit-learn's forest on our draws, to the last digit
  const sk = fx.cases['penguins-bagging'].sklearn;
  await page.goto('about:blank');
  await page.goto(`${link}&maxFeatures=all&nEstimators=25`);
  await expect(page.getByTestId('table-map-caption')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('grow-all').click();
  await expect.poll(() => readMetric(page, 'trees'), { timeout: 60_000 }).toBe(25);
  expect(await readMetric(page, 'test-accuracy')).toBe(sk.testAccuracy);
  expect(await readMetric(page, 'oob-score')).toBe(sk.oobScore);
  expect(await readMetric(page, 'train-accuracy')).toBe(sk.trainAccuracy);

  // the stability card on the table: a nudge moves 5 % of the rows, the deep tree changes more of the plane
  await page.getByTestId('nudge').click();
  await expect(page.locator('[data-metric="tree-flipped"]')).toBeVisible({ timeout: 60_000 });
  expect(await readMetric(page, 'forest-flipped')).toBeLessThan(await readMetric(page, 'tree-flipped'));
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('#/forest: a link to a table kept in another browser says so and grows the default data', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'forest', 'table=somebody-else.csv%40deadbeef&nEstimators=10');
  await expect(page.getByTestId('table-notice')).toContainText('this browser does not keep', { timeout: 30_000 });
  await page.getByTestId('grow-all').click();
  await expect.poll(() => readMetric(page, 'test-accuracy')).toBeGreaterThan(0.5);
  await expect(page.getByTestId('tree-thumbs').locator('svg')).toHaveCount(6);
  con.check();
});
