import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, waitForMetric, watchConsole } from './helpers';

// scikit-learn's tree on the default link's own training points (tests/fixtures/make_tree_widget.py)
const ref = JSON.parse(readFileSync(new URL('../fixtures/tree_widget.json', import.meta.url), 'utf8')).cases.defaults.sklearn.trees[0];

test('grows to the end: as many leaves as scikit-learn’s tree, drawn as boxes and nodes', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'tree');
  expect(await readMetric(page, 'leaves')).toBe(1);
  await page.getByTestId('step').click();
  expect(await readMetric(page, 'leaves')).toBe(2);
  await page.getByTestId('grow-to-end').click();
  await waitForMetric(page, 'leaves', (v) => v === ref.nLeaves);
  expect(await readMetric(page, 'depth')).toBe(ref.depth);
  expect(await readMetric(page, 'test-accuracy')).toBeCloseTo(ref.test, 12);
  await expect(page.getByTestId('tree-regions')).toHaveAttribute('data-leaves', String(ref.nLeaves));
  await expect(page.getByTestId('tree-diagram')).toHaveAttribute('data-leaves', String(ref.nLeaves));
  con.check();
});

test('the link round-trips: a reload regrows the same tree; a new depth limit regrows at once', async ({ page }) => {
  await openWidget(page, 'tree', 'criterion=entropy&seed=3');
  await page.getByTestId('grow-to-end').click();
  await expect(page.getByTestId('play')).toBeDisabled();
  const leaves = await readMetric(page, 'leaves');
  await expect(page).toHaveURL(/steps=\d+/);
  await page.reload();
  await replayed(page);
  expect(await readMetric(page, 'leaves')).toBe(leaves);
  await openWidget(page, 'tree', `${new URL(page.url()).hash.split('?')[1]}&maxDepth=2`);
  await waitForMetric(page, 'depth', (v) => v === 2);
  expect(await readMetric(page, 'refit-ms')).toBeLessThan(100);
});

test('phone layout has no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWidget(page, 'tree', 'steps=40');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
