import { expect, test } from '@playwright/test';
import { majorityAccuracy, makeProblem, runRemedy } from '../../src/widgets/imbalance/compare';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

test('imbalance: the page shows core’s numbers for its state; picking a row shows that remedy and goes into the link', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'imbalance', 'share=0.1&separation=1.5');
  const p = makeProblem({ n: 1000, share: 0.1, separation: 1.5, seed: 1 });
  expect(await readMetric(page, 'baseline-accuracy')).toBeCloseTo(majorityAccuracy(p.yTest), 12);
  for (const r of ['none', 'weights', 'smote'] as const) {
    const ref = runRemedy(p, r, { kNeighbors: 5, seed: 1 });
    expect(await readMetric(page, `${r}-recall`)).toBeCloseTo(ref.m.recall, 12);
    expect(await readMetric(page, `${r}-pr-auc`)).toBeCloseTo(ref.prAuc, 12);
  }
  await expect(page.locator('input[name="remedy"]')).toHaveCount(6);
  await page.getByLabel('Random under-sampling').check();
  await expect.poll(() => new URL(page.url()).hash).toContain('remedy=under');
  expect(await readMetric(page, 'recall')).toBeCloseTo(await readMetric(page, 'under-recall'), 12);
  await page.reload();
  await expect(page.getByLabel('Random under-sampling')).toBeChecked();
  await shot(page, 'imbalance');
  con.check();
});

test('imbalance: SMOTE with too few positives says why, and the page keeps working', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'imbalance', 'share=0.01&n=200&remedy=smote');
  await expect(page.getByRole('alert')).toContainText('kNeighbors = 5 needs at least 6');
  await page.getByLabel('Class weights (balanced)').check();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(Number.isFinite(await readMetric(page, 'recall'))).toBe(true);
  con.check();
});
