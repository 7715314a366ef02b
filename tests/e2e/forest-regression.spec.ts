import { expect, test } from '@playwright/test';
import { openWidget, readMetric, waitForMetric, watchConsole } from './helpers';

// #/forest on a regression surface. Core's RandomForestRegressor, fitted in Node on the widget's own points (the
// modules load through Vite, as the app does), must give the R² values the page shows.
type Mods = [typeof import('../../src/core/models/ensemble'), typeof import('../../src/params'), typeof import('../../src/widgets/forest/params'), typeof import('../../src/widgets/forest/regression'), typeof import('../../src/widgets/forest/options')];
let mods: Mods;
test.beforeAll(async () => {
  const { importThroughVite } = await import('../../scripts/vite-import.mjs');
  mods = (await importThroughVite('/src/core/models/ensemble/index.ts', '/src/params/index.ts', '/src/widgets/forest/params.ts', '/src/widgets/forest/regression.ts', '/src/widgets/forest/options.ts')) as Mods;
});

function coreForest(over: Record<string, unknown>) {
  const [{ RandomForestRegressor }, { defaults }, { schema }, { ForestRegressionSession }, { forestOptions }] = mods;
  const p = { ...defaults(schema), ...over } as ConstructorParameters<typeof ForestRegressionSession>[0];
  const s = new ForestRegressionSession(p);
  const f = new RandomForestRegressor({ ...forestOptions(p), criterion: 'squaredError' }).fit(s.train.X, s.train.y);
  return { test: f.score(s.test.X, s.test.y), oob: f.oobScore as number, train: f.score(s.train.X, s.train.y) };
}

test('regression surface: the forest grows tree by tree to core\'s regressor (same test, OOB and train R²), with its mean-prediction map and R² curves', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'forest', 'dataset=gauss2d&seed=7&nEstimators=40');
  // the classifier's rows that do not apply are hidden
  await expect(page.getByLabel('Criterion', { exact: true })).toHaveCount(0);
  await page.getByTestId('step').click();
  await waitForMetric(page, 'trees', (v) => v === 1);
  await page.getByTestId('grow-all').click();
  await waitForMetric(page, 'trees', (v) => v === 40);
  const ref = coreForest({ dataset: 'gauss2d', seed: 7, nEstimators: 40 });
  expect(await readMetric(page, 'test-r2')).toBeCloseTo(ref.test, 12);
  expect(await readMetric(page, 'oob-r2')).toBeCloseTo(ref.oob, 12);
  expect(await readMetric(page, 'train-r2')).toBeCloseTo(ref.train, 12);
  await expect(page.getByText('R² against the number of trees')).toBeVisible();
  await expect(page.getByText('predicted y')).toBeVisible();
  // the shared regression panel, on the same test predictions
  expect(await readMetric(page, 'r2')).toBeCloseTo(ref.test, 12);
  await expect(page).toHaveURL(/steps=40/);
  expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
  con.check();
});

test('choosing a regression surface switches the page to the regressor, and back', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'forest', 'nEstimators=10');
  await expect(page.locator('[data-metric="test-accuracy"]')).toHaveCount(1);
  await page.getByLabel('Data set').selectOption('plane');
  await expect(page.locator('[data-metric="test-r2"]')).toHaveCount(1);
  await expect(page.locator('[data-metric="test-accuracy"]')).toHaveCount(0);
  await page.getByTestId('grow-all').click();
  await waitForMetric(page, 'trees', (v) => v === 10);
  expect(await readMetric(page, 'test-r2')).toBeGreaterThan(0.5);
  await page.getByLabel('Data set').selectOption('moons');
  await expect(page.locator('[data-metric="test-accuracy"]')).toHaveCount(1);
  await openWidget(page, 'forest', 'dataset=plane&nEstimators=0');
  await expect(page.getByText(/A forest of 0 trees has no prediction to average/)).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
  con.check();
});
