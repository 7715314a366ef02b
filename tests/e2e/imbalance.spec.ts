import { expect, test } from '@playwright/test';
import { fmtInt } from '../../src/charts/format';
import { majorityAccuracy, makeProblem, runRemedy } from '../../src/widgets/imbalance/compare';
import { loadModel } from '../../src/widgets/imbalance/models';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

test('imbalance: the page shows core’s numbers for its state; picking a row shows that remedy and goes into the link', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'imbalance', 'share=0.1&separation=1.5');
  const p = makeProblem({ n: 1000, share: 0.1, separation: 1.5, seed: 1 });
  expect(await readMetric(page, 'baseline-accuracy')).toBeCloseTo(majorityAccuracy(p.yTest), 12);
  for (const r of ['none', 'weights', 'smote'] as const) {
    const ref = runRemedy(p, r, { kNeighbors: 5, seed: 1 });
    // the rows other than the shown remedy are fitted in idle moments: polled until in
    await expect.poll(() => readMetric(page, `${r}-recall`)).toBeCloseTo(ref.m.recall, 12);
    expect(await readMetric(page, `${r}-pr-auc`)).toBeCloseTo(ref.prAuc, 12);
  }
  await expect(page.locator('tr[data-pending]')).toHaveCount(0);
  await expect(page.locator('input[name="remedy"]')).toHaveCount(6);
  // the points and SMOTE's segments are drawn on a canvas (one per map); the counts are on it and, for screen readers, in words
  const smote = runRemedy(p, 'smote', { kNeighbors: 5, seed: 1 });
  const layer = page.locator('canvas.imbalance-points');
  await expect(layer).toHaveAttribute('data-points', String(smote.train.y.length + p.yTest.length));
  await expect(layer).toHaveAttribute('data-segments', String(smote.synthetic.length));
  const pos = smote.train.y.filter((v) => v === 1).length;
  await expect(page.getByTestId('points-summary')).toHaveText(
    `The map draws ${fmtInt(smote.train.y.length)} training points (${smote.train.y.length - pos} negative, ${pos} positive, ${smote.synthetic.length} of them synthetic SMOTE points) and 300 test points (${p.yTest.filter((v) => v === 1).length} positive).`,
  );
  const inked = await layer.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n / (c.width * c.height);
  });
  expect(inked).toBeGreaterThan(0.02); // ~1,300 dots and 140 segments cover a few per cent of the map
  expect(inked).toBeLessThan(0.6);
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

test('imbalance: kNN and a tree train every remedy; kNN’s class-weights row says why it has none; the model is in the link', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'imbalance', 'share=0.1&separation=1.5');
  const p = makeProblem({ n: 1000, share: 0.1, separation: 1.5, seed: 1 });
  await Promise.all([loadModel('knn'), loadModel('tree')]); // the references' models, loaded on demand as on the page
  await page.locator('[data-param="model"] select').selectOption('knn');
  await expect.poll(() => new URL(page.url()).hash).toContain('model=knn');
  const knn = { model: 'knn' as const, k: 5, depth: 4 };
  for (const r of ['none', 'over', 'smote', 'threshold'] as const) {
    const ref = runRemedy(p, r, { kNeighbors: 5, seed: 1, model: knn });
    await expect.poll(() => readMetric(page, `${r}-recall`)).toBeCloseTo(ref.m.recall, 12);
    expect(await readMetric(page, `${r}-pr-auc`)).toBeCloseTo(ref.prAuc, 12);
  }
  await expect(page.locator('[data-metric="weights-unsupported"]')).toContainText('kNN has no class weights');
  await page.getByLabel('Class weights (balanced)').check();
  await expect(page.getByTestId('unsupported')).toContainText('kNN has no class weights');
  expect(Number.isFinite(await readMetric(page, 'recall'))).toBe(true);
  await shot(page, 'imbalance-knn');

  // a link names the tree and its depth; class weights are a real remedy for it
  await openWidget(page, 'imbalance', 'share=0.1&separation=1.5&model=tree&depth=3&remedy=weights');
  await expect(page.locator('[data-param="depth"] input').first()).toBeVisible();
  const tree = { model: 'tree' as const, k: 5, depth: 3 };
  for (const r of ['none', 'weights', 'under'] as const) {
    const ref = runRemedy(p, r, { kNeighbors: 5, seed: 1, model: tree });
    await expect.poll(() => readMetric(page, `${r}-recall`)).toBeCloseTo(ref.m.recall, 12);
    expect(await readMetric(page, `${r}-roc-auc`)).toBeCloseTo(ref.rocAuc, 12);
  }
  await expect(page.getByTestId('unsupported')).toHaveCount(0);
  await shot(page, 'imbalance-tree');
  con.check();
});
