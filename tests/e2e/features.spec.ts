import { expect, test, type Page } from '@playwright/test';
import { permutationImportance } from '../../src/core/inspection';
import { growForest, knnAccuracy, noiseAccuracy, rankOrder, univariate } from '../../src/widgets/features/methods';
import { makeProblem } from '../../src/widgets/features/problem';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

const computed = (page: Page) => expect.poll(() => readMetric(page, 'progress'), { timeout: 60_000 }).toBe(1);
/** The default problem's numbers, from core through the widget's pure modules (no page). */
function reference() {
  const p = makeProblem({ dataset: 'mixed', n: 300, nInformative: 3, nRedundant: 2, nNoise: 5, classSep: 1, share: 0.5, constant: false, seed: 1 });
  const f = rankOrder(univariate(p).f);
  const grow = growForest(p, 1);
  let g = grow.next();
  while (!g.done) g = grow.next();
  const forest = g.value;
  const perm = rankOrder(permutationImportance(forest, p.XTest, p.yTest, { nRepeats: 5, seed: 1 }).importancesMean);
  return {
    kept4: knnAccuracy(p, f.slice(0, 4)), all: knnAccuracy(p, f), perm4: knnAccuracy(p, perm.slice(0, 4)),
    forest: forest.score(p.XTest, p.yTest), noise0: noiseAccuracy(p, 0, 1), noise100: noiseAccuracy(p, 100, 1),
  };
}

test('features: the numbers on screen are core’s for the state; the ranking and k go into the link', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'features', 'k=4');
  await computed(page);
  const ref = reference();
  expect(await readMetric(page, 'n-features')).toBe(10);
  expect(await readMetric(page, 'kept-accuracy')).toBeCloseTo(ref.kept4, 12);
  expect(await readMetric(page, 'all-accuracy')).toBeCloseTo(ref.all, 12);
  expect(await readMetric(page, 'forest-accuracy')).toBeCloseTo(ref.forest, 12);
  expect(await readMetric(page, 'knn-no-noise')).toBeCloseTo(ref.noise0, 12);
  expect(await readMetric(page, 'knn-most-noise')).toBeCloseTo(ref.noise100, 12);
  // the F-test's top 4 are ticked in its bars
  await expect(page.getByText(/^✓ /)).toHaveCount(4);
  await page.getByLabel('Ranking').selectOption('perm');
  await expect.poll(() => new URL(page.url()).hash).toContain('ranking=perm');
  expect(await readMetric(page, 'kept-accuracy')).toBeCloseTo(ref.perm4, 12);
  await page.reload();
  await computed(page);
  await expect(page.getByLabel('Ranking')).toHaveValue('perm');
  await shot(page, 'features');
  con.check();
});

test('features: k larger than the number of features, a constant column and a one-sample class say why', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'features', 'k=20&constant=true');
  await computed(page);
  await expect(page.getByTestId('k-notice')).toContainText('k = 20 is larger than the number of features (11)');
  await expect(page.getByTestId('constant-notice')).toContainText('const is constant');
  await expect(page.locator('body')).not.toContainText('NaN');
  await openWidget(page, 'features', 'n=100&share=0.005');
  await expect(page.getByRole('alert')).toContainText('class 1 has a single sample');
  await page.getByLabel('Class-1 share').fill('0.5');
  await page.getByLabel('Class-1 share').press('Enter');
  await computed(page);
  expect(Number.isFinite(await readMetric(page, 'kept-accuracy'))).toBe(true);
  con.check();
});
