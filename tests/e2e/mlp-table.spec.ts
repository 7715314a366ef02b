import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, watchConsole } from './helpers';

// The data lab's prepared penguins, learnt by the neural network in #/mlp (issue 11, Output; issue 13): the network's
// inputs are the table's columns (named on the diagram, switched on and off there), the output map a plane through them.
// Reference: tests/fixtures/make_mlp_table.py (scikit-learn's MLPClassifier from the session's initial weights, on the
// rows and batches the session uses).
const fx = JSON.parse(readFileSync(new URL('../fixtures/mlp_table.json', import.meta.url), 'utf8'));

test('the lab opens its prepared penguins in the neural network: five epochs give scikit-learn’s accuracies', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./#/data?tab=output');
  await page.getByTestId('open-in-mlp').click({ timeout: 30_000 });
  await expect(page).toHaveURL(/#\/mlp\?table=penguins-prepared\.csv(%40|@)[0-9a-f]{8}$/);
  const columns: string[] = fx.featureNames.penguins;
  await expect(page.getByTestId('table-map-caption')).toContainText(`${columns.length} of the table's ${columns.length} columns`, { timeout: 30_000 });
  await expect(page.locator('.map')).toContainText('PC1');
  // the diagram's inputs are the columns, by name (cut short; the whole name in the tooltip)
  await expect(page.locator('.network button.node.input')).toHaveCount(columns.length);
  await expect(page.getByTestId('feature-c2')).toHaveAttribute('aria-label', `Input ${columns[2]}`);
  await expect(page.locator('.network .label').nth(2)).toHaveText('Flipper Length');
  await expect(page.locator('.network .label').nth(2)).toHaveAttribute('title', columns[2]);
  // three species: a softmax output per class
  await expect(page.locator('.network .node.out')).toHaveCount(3);

  const c = fx.cases['penguins-defaults'];
  for (let e = 1; e <= c.epochs; e++) {
    await page.getByTestId('step').click();
    await expect(page.locator('[data-metric="epoch"]')).toHaveAttribute('data-value', String(e));
  }
  const ref = c.sklearn.epochs[c.epochs - 1];
  expect(await readMetric(page, 'test-score')).toBe(ref.test.accuracy);
  expect(await readMetric(page, 'test-loss')).toBeCloseTo(ref.test.loss, 6);
  // the evaluation panel's confusion matrix is 3 × 3, the species named
  await expect(page.locator('.eval')).toContainText('Gentoo', { timeout: 30_000 });
  await expect(page.locator('main')).not.toContainText('NaN');
  // the table mode's views (the named inputs, the plane's map and caption, the evaluation) pass axe
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  const bad = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, bad.join('\n')).toEqual([]);

  // switch a column off on the diagram: the link records it, the network has one input fewer
  await page.getByTestId('feature-c0').click();
  await expect(page).toHaveURL(/off=0/);
  await expect(page.getByTestId('table-map-caption')).toContainText(`${columns.length - 1} of the table's`);
  await expect(page.getByTestId('feature-c0')).toHaveAttribute('aria-pressed', 'false');
  con.check();
});

test('#/mlp on a table: a link reopens the table and its epochs; all columns off gets a clear message', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./#/data?tab=output');
  await page.getByTestId('open-in-mlp').click({ timeout: 30_000 });
  await expect(page.getByTestId('table-map-caption')).toBeVisible({ timeout: 30_000 });
  const link = page.url();
  const c = fx.cases['penguins-adam-relu-two-off'];
  const o = c.over;
  await page.goto('about:blank');
  await page.goto(`${link}&seed=${o.seed}&off=${o.off.join(',')}&layers=${o.layers.join(',')}&activation=${o.activation}&lr=${o.lr}&batch=${o.batch}&optimizer=${o.optimizer}&steps=${c.epochs}`);
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(c.epochs);
  await replayed(page);
  expect(await readMetric(page, 'test-score')).toBe(c.sklearn.epochs[c.epochs - 1].test.accuracy);

  const all = fx.featureNames.penguins.map((_: string, j: number) => j).join(',');
  await page.goto('about:blank');
  await page.goto(`${link}&off=${all}`);
  await expect(page.getByTestId('run-notice')).toContainText('Every column of your table is switched off', { timeout: 30_000 });
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('the lab opens Seattle’s weather with its highest temperature last: a regression network, scikit-learn’s R² after three epochs, the residuals', async ({ page }) => {
  const con = watchConsole(page);
  // temp_max is the lab's own choice of target for this table
  await page.goto('./#/data?table=seattle-weather&tab=output');
  await page.getByTestId('open-in-mlp').click({ timeout: 30_000 });
  await expect(page).toHaveURL(/#\/mlp\?table=seattle-weather-prepared\.csv(%40|@)[0-9a-f]{8}$/);
  await expect(page.getByTestId('table-map-caption')).toBeVisible({ timeout: 30_000 });
  // the reference's columns: the lab's preparation without the target (the weather one-hot, temp_min, …)
  const columns: string[] = fx.featureNames.temperature;
  await expect(page.locator('.network button.node.input')).toHaveCount(columns.length);
  await expect(page.getByTestId('feature-c2')).toHaveAttribute('aria-label', `Input ${columns[2]}`);
  const link = page.url();
  const c = fx.cases['temperature-sgd-regression'];
  const o = c.over;
  await page.goto('about:blank');
  await page.goto(`${link}&seed=${o.seed}&layers=${o.layers.join(',')}&lr=${o.lr}&batch=${o.batch}&steps=${c.epochs}`);
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(c.epochs);
  await replayed(page);
  // one linear output unit: a number, not a class
  await expect(page.locator('.network .node.out')).toHaveCount(1);
  const r2 = c.sklearn.epochs[c.epochs - 1].test.r2;
  expect(await readMetric(page, 'test-score')).toBeCloseTo(r2, 6);
  // the regression panel: R² again, RMSE and MAE in °C, and the residual plot
  await expect.poll(() => readMetric(page, 'r2'), { timeout: 30_000 }).toBeCloseTo(r2, 6);
  expect(await readMetric(page, 'rmse')).toBeGreaterThan(0);
  await expect(page.locator('.eval-panel')).toContainText('RMSE');
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('#/mlp: a link to a table kept in another browser says so and trains the default data', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'table=somebody-else.csv%40deadbeef');
  await expect(page.getByTestId('table-notice')).toContainText('this browser does not keep', { timeout: 30_000 });
  await expect(page.locator('.network button.node.input')).toHaveCount(7);
  await page.getByTestId('step').click();
  await expect(page.locator('[data-metric="epoch"]')).toHaveAttribute('data-value', '1');
  con.check();
});
