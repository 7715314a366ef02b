import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, waitForMetric, watchConsole } from './helpers';

// scikit-learn's tree on the default link's own training points (tests/fixtures/make_tree_widget.py)
const cases = JSON.parse(readFileSync(new URL('../fixtures/tree_widget.json', import.meta.url), 'utf8')).cases;
const ref = cases.defaults.sklearn.trees[0];
const rows = (pts: number[][]) => pts.map((p) => p.join(',')).join(';');

test('grows to the end: as many leaves as scikit-learn’s tree, drawn as boxes and nodes', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'tree');
  expect(await readMetric(page, 'leaves')).toBe(1);
  await page.getByTestId('step').click();
  expect(await readMetric(page, 'leaves')).toBe(2);
  // the root's candidates: the one marked chosen is scikit-learn's root split
  const cand = page.getByTestId('candidates');
  await expect(cand).toHaveAttribute('data-node', '0');
  await expect(cand).toHaveAttribute('data-chosen-feature', String(ref.tree.feature[0]));
  expect(Number(await cand.getAttribute('data-chosen-threshold'))).toBeCloseTo(ref.tree.threshold[0], 12);
  expect(Number(await cand.getAttribute('data-chosen-decrease'))).toBeGreaterThan(0);
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

test('edited points from a link grow scikit-learn’s tree; dragging a point regrows the complete tree at once and writes it into the link', async ({ page }) => {
  const con = watchConsole(page);
  const e = cases.edited;
  await openWidget(page, 'tree', `added=${rows(e.over.added)}&moved=${rows(e.over.moved)}`);
  await page.getByTestId('grow-to-end').click();
  await waitForMetric(page, 'leaves', (v) => v === e.sklearn.trees[0].nLeaves);
  expect(await readMetric(page, 'test-accuracy')).toBeCloseTo(e.sklearn.trees[0].test, 12);
  await expect(page.getByTestId('grow-to-end')).toBeDisabled();
  const dot = page.locator('.map circle[data-i="5"]');
  const b = (await dot.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 60, b.y + 45, { steps: 6 });
  await page.mouse.up();
  // a fourth moved row: the dragged point's new x, y and its row in the data set
  await expect(page).toHaveURL(/moved=0\.2%2C0\.9%2C3%3B1\.4%2C-0\.3%2C17%3B-0\.6%2C0\.1%2C40%3B-?[\d.]+%2C-?[\d.]+%2C\d+/);
  // still a complete tree (regrown, not reset to the root), and no "started again" notice
  await expect(page.getByTestId('grow-to-end')).toBeDisabled();
  expect(await readMetric(page, 'leaves')).toBeGreaterThan(1);
  await expect(page.getByTestId('run-restarted')).toHaveCount(0);
  const leaves = await readMetric(page, 'leaves');
  await page.reload();
  await replayed(page);
  await waitForMetric(page, 'leaves', (v) => v === leaves);
  con.check();
});

test('phone layout has no sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openWidget(page, 'tree', 'steps=40');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
