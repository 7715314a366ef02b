import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, watchConsole } from './helpers';

// The data lab's prepared penguins, grown into a decision tree in #/tree (issue 11, Output; issue 9): the tree may
// split on every column, its rules name the table's columns, the map shows one plane through them.
// Reference: tests/fixtures/make_tree_table.py (scikit-learn's DecisionTreeClassifier on the rows the session splits).
const fx = JSON.parse(readFileSync(new URL('../fixtures/tree_table.json', import.meta.url), 'utf8'));

test('the lab opens its prepared penguins in the decision tree: scikit-learn’s tree and accuracies on every column', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./#/data?tab=output');
  await page.getByTestId('open-in-tree').click({ timeout: 30_000 });
  await expect(page).toHaveURL(/#\/tree\?table=penguins-prepared\.csv(%40|@)[0-9a-f]{8}$/);
  await expect(page.getByTestId('table-map-caption')).toContainText(`all ${fx.featureNames.penguins.length} columns`, { timeout: 30_000 });
  await expect(page.locator('.map')).toContainText('PC1');
  const link = page.url();
  await page.getByTestId('grow-to-end').click();
  const sk = fx.cases['penguins-defaults'].sklearn;
  await expect.poll(() => readMetric(page, 'test-accuracy'), { timeout: 30_000 }).toBe(sk.testAccuracy);
  expect(await readMetric(page, 'train-accuracy')).toBe(sk.trainAccuracy);
  await expect(page.getByTestId('tree-diagram')).toHaveAttribute('data-nodes', String(sk.nodeCount));
  // the root's rule names the table's column (as text), the candidate view weighs every column
  await expect(page.getByTestId('tree-diagram').locator('[data-node="0"]')).toHaveAttribute('aria-label', /^Flipper Length ≤ /);
  await expect(page.getByTestId('candidates').locator('.feature')).toHaveCount(fx.featureNames.penguins.length);
  // a leaf names the species it predicts
  await expect(page.getByTestId('tree-diagram').locator('[aria-label*="predicts Gentoo"]').first()).toBeAttached();

  // another link (its options in the URL): the table found again in this browser, the tree grown to the end
  const c = fx.cases['penguins-leaf5-alpha0.01'].sklearn;
  await page.goto('about:blank');
  await page.goto(`${link}&minSamplesLeaf=5&ccpAlpha=0.01`);
  await expect(page.getByTestId('table-map-caption')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('grow-to-end').click();
  await expect.poll(() => readMetric(page, 'test-accuracy'), { timeout: 30_000 }).toBe(c.testAccuracy);
  expect(await readMetric(page, 'train-accuracy')).toBe(c.trainAccuracy);
  await expect(page.getByTestId('tree-diagram')).toHaveAttribute('data-nodes', String(c.nodeCount));
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('#/tree: a link to a table kept in another browser says so and grows the default data', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'tree', 'table=somebody-else.csv%40deadbeef');
  await expect(page.getByTestId('table-notice')).toContainText('this browser does not keep', { timeout: 30_000 });
  await expect(page.getByTestId('tree-regions')).toBeVisible();
  await page.getByTestId('grow-to-end').click();
  await expect.poll(() => readMetric(page, 'test-accuracy')).toBeGreaterThan(0.5);
  con.check();
});
