import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, waitForMetric, watchConsole } from './helpers';

// Core's forest, fitted in Node on the widget's own points (the modules load through Vite, as the app does: the
// data-set table imports shipped CSV files).
type Mods = [typeof import('../../src/core/models/ensemble'), typeof import('../../src/params'), typeof import('../../src/widgets/forest/params'), typeof import('../../src/widgets/forest/session'), typeof import('../../src/widgets/shared/trees/points')];
let mods: Mods;
test.beforeAll(async () => {
  const { importThroughVite } = await import('../../scripts/vite-import.mjs');
  mods = (await importThroughVite('/src/core/models/ensemble/index.ts', '/src/params/index.ts', '/src/widgets/forest/params.ts', '/src/widgets/forest/session.ts', '/src/widgets/shared/trees/points.ts')) as Mods;
});

/** Core's forest on the widget's own training points for these settings. */
function coreForest(over: Record<string, unknown>) {
  const [{ RandomForestClassifier }, { defaults }, { schema }, { forestOptions }, { buildPoints }] = mods;
  const p = { ...defaults(schema), ...over } as Parameters<typeof forestOptions>[0];
  const d = buildPoints(p);
  const rows = (test: boolean) => d.points.filter((q) => q.test === test);
  const X = (r: ReturnType<typeof rows>) => r.map((q) => [q.x, q.y]), y = (r: ReturnType<typeof rows>) => r.map((q) => q.c);
  const train = rows(false), held = rows(true);
  const f = new RandomForestClassifier(forestOptions(p)).fit(X(train), y(train));
  return { test: f.score(X(held), y(held)), oob: f.oobScore as number, train: f.score(X(train), y(train)) };
}

test('grows one tree per step to the forest core fits for the seed: same test, OOB and train accuracy on screen', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'forest', 'seed=7&nEstimators=60');
  expect(await readMetric(page, 'trees')).toBe(0);
  await page.getByTestId('step').click();
  await waitForMetric(page, 'trees', (v) => v === 1);
  await expect(page.getByTestId('tree-thumbs')).toHaveAttribute('data-count', '1');
  await page.getByTestId('grow-all').click();
  await waitForMetric(page, 'trees', (v) => v === 60);
  const ref = coreForest({ seed: 7, nEstimators: 60 });
  expect(await readMetric(page, 'test-accuracy')).toBe(ref.test);
  expect(await readMetric(page, 'oob-score')).toBe(ref.oob);
  expect(await readMetric(page, 'train-accuracy')).toBe(ref.train);
  await expect(page.getByTestId('tree-thumbs')).toHaveAttribute('data-count', '6');
  await expect(page).toHaveURL(/steps=60/);
  con.check();
});

test('a link reproduces the same forest: a reload replays its trees; a thumbnail picks the tree shown', async ({ page }) => {
  await openWidget(page, 'forest', 'dataset=blobs3&maxFeatures=all&steps=25&seed=3');
  // the link's 25 trees regrow a few per frame: read the scores once all are back
  await expect.poll(() => readMetric(page, 'trees'), { timeout: 60_000 }).toBe(25);
  await replayed(page);
  const test1 = await readMetric(page, 'test-accuracy'), oob1 = await readMetric(page, 'oob-score');
  const ref = coreForest({ dataset: 'blobs3', maxFeatures: 'all', seed: 3, nEstimators: 25 });
  // a forest of the first 25 of 100 trees is the forest of 25 trees: the staged prefix
  expect(test1).toBe(ref.test);
  expect(oob1).toBe(ref.oob);
  await page.getByRole('button', { name: /^tree 3:/ }).click();
  await expect(page.getByText('Tree 3 alone, on its bootstrap sample')).toBeVisible();
  await expect(page).toHaveURL(/tree=3/);
  const caption = await page.getByTestId('bootstrap-caption').textContent();
  await page.reload();
  await expect.poll(() => readMetric(page, 'trees'), { timeout: 60_000 }).toBe(25);
  await replayed(page);
  expect(await readMetric(page, 'test-accuracy')).toBe(test1);
  expect(await readMetric(page, 'oob-score')).toBe(oob1);
  await expect(page.getByTestId('bootstrap-caption')).toHaveText(caption ?? '');
});

test('bad input: clear messages, never NaN on screen', async ({ page }) => {
  const con = watchConsole(page);
  const noNaN = async () => expect(await page.locator('main').innerText()).not.toMatch(/NaN|undefined|Infinity/);
  await openWidget(page, 'forest', 'nEstimators=0');
  await expect(page.getByText(/A forest of 0 trees has no vote to take/)).toBeVisible();
  await expect(page.getByTestId('grow-all')).toBeDisabled();
  await noNaN();
  await openWidget(page, 'forest', 'dataset=clicks&added=0,0,0;0,0,1;1,1,0;1,1,1&steps=10');
  await expect(page.getByText(/share their exact position with a point of another class/)).toBeVisible();
  await noNaN();
  await openWidget(page, 'forest', 'dataset=clicks&added=0.5,0.5,1&steps=3');
  await expect(page.getByText(/Only one training point/)).toBeVisible();
  await noNaN();
  await openWidget(page, 'forest', 'maxDepth=-1&nEstimators=500&steps=2');
  await expect(page.getByTestId('param-notices')).toContainText('Max depth');
  await expect(page.getByTestId('param-notices')).toContainText('Trees (n_estimators)');
  expect(await readMetric(page, 'trees')).toBe(2);
  await noNaN();
  con.check();
});

test('nudge 5 %: the grown forest regrows at once, and it changes far less of the plane than one deep tree (as core computes)', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'forest', 'nEstimators=40&steps=40');
  await page.getByTestId('nudge').click();
  await expect(page).toHaveURL(/nudge=1/);
  await waitForMetric(page, 'trees', (v) => v === 40);
  await waitForMetric(page, 'forest-flipped', Number.isFinite);
  const tree = await readMetric(page, 'tree-flipped'), forest = await readMetric(page, 'forest-flipped');
  const [{ defaults }, { schema }, { stability }, { PointSet }] = (await (await import('../../scripts/vite-import.mjs')).importThroughVite(
    '/src/params/index.ts', '/src/widgets/forest/params.ts', '/src/widgets/forest/stability.ts', '/src/widgets/shared/trees/points.ts',
  )) as [typeof import('../../src/params'), typeof import('../../src/widgets/forest/params'), typeof import('../../src/widgets/forest/stability'), typeof import('../../src/widgets/shared/trees/points')];
  const p = { ...defaults(schema), nEstimators: 40, nudge: 1 } as Parameters<typeof stability>[0];
  const ref = stability(p, new PointSet(p))!;
  expect(tree).toBe(ref.tree.flipped);
  expect(forest).toBe(ref.forest.flipped);
  expect(forest).toBeLessThan(tree);
  // the link holds the regrown forest
  await expect(page).toHaveURL(/steps=40/);
  await page.reload();
  await expect.poll(() => readMetric(page, 'trees'), { timeout: 60_000 }).toBe(40);
  await replayed(page);
  await waitForMetric(page, 'forest-flipped', (v) => v === forest);
  con.check();
});
