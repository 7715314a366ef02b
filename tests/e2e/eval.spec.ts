import { expect, test, type Page } from '@playwright/test';
import { openWidget, readMetric, shot, waitForMetric, watchConsole } from './helpers';

const counts = async (page: Page, prefix = '') => ({
  tp: await readMetric(page, `${prefix}tp`),
  fp: await readMetric(page, `${prefix}fp`),
  fn: await readMetric(page, `${prefix}fn`),
  tn: await readMetric(page, `${prefix}tn`),
});

async function setThreshold(page: Page, value: number, testId = 'threshold') {
  await page.getByTestId(testId).fill(String(value));
  await waitForMetric(page, 'threshold', (v) => Math.abs(v - value) < 1e-9);
}

test('confusion: moving the threshold changes the matrix and every metric consistently', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'confusion', 'n=400&positiveShare=0.3&separation=1.5&seed=3');
  const positives = await readMetric(page, 'positives');
  const negatives = await readMetric(page, 'negatives');
  expect(positives).toBe(120);
  expect(negatives).toBe(280);

  let previous: Awaited<ReturnType<typeof counts>> | null = null;
  for (const t of [0, 0.2, 0.4, 0.5, 0.65, 0.8, 1]) {
    await setThreshold(page, t);
    const c = await counts(page);
    expect(c.tp + c.fn).toBe(positives);
    expect(c.fp + c.tn).toBe(negatives);
    const recall = await readMetric(page, 'recall');
    const precision = await readMetric(page, 'precision');
    const specificity = await readMetric(page, 'specificity');
    const accuracy = await readMetric(page, 'accuracy');
    expect(recall).toBeCloseTo(c.tp / (c.tp + c.fn), 12);
    expect(precision).toBeCloseTo(c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp), 12);
    expect(specificity).toBeCloseTo(c.tn / (c.tn + c.fp), 12);
    expect(accuracy).toBeCloseTo((c.tp + c.tn) / (positives + negatives), 12);
    if (previous) {
      // a higher threshold never predicts more positives
      expect(c.tp).toBeLessThanOrEqual(previous.tp);
      expect(c.fp).toBeLessThanOrEqual(previous.fp);
    }
    previous = c;
    if (t === 0) {
      expect(recall).toBe(1);
      expect(c.fn).toBe(0);
      expect(specificity).toBe(0);
    }
    if (t === 0.5) await shot(page, 'eval-confusion-0.5');
  }
  // scores are in (0, 1): threshold 1 predicts nothing positive; precision 0/0 is shown as 0
  expect((await counts(page)).tp).toBe(0);
  expect(await readMetric(page, 'precision')).toBe(0);
  await expect(page.locator('body')).not.toContainText('NaN');

  // the histogram's threshold line also moves with the arrow keys
  await setThreshold(page, 0.5);
  await page.getByTestId('threshold-grip').focus();
  await page.keyboard.press('ArrowRight');
  await waitForMetric(page, 'threshold', (v) => Math.abs(v - 0.51) < 1e-9);

  // the threshold is in the URL and restores after a reload
  await setThreshold(page, 0.35);
  await expect.poll(() => page.url()).toContain('threshold=0.35');
  const before = await counts(page);
  await page.reload();
  await page.locator('[data-metric="tp"]').waitFor();
  expect(await readMetric(page, 'threshold')).toBe(0.35);
  expect(await counts(page)).toEqual(before);
  con.check();
});

test('confusion: multiclass mode shows a K×K matrix and averages', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'confusion', 'source=multiclass&mcDataset=blobs4&k=5&mcNoise=0.6');
  await expect(page.locator('td[data-cell]')).toHaveCount(16);
  const acc = await readMetric(page, 'accuracy');
  expect(acc).toBeGreaterThan(0.3);
  // micro-averaged F1 equals accuracy for single-label multiclass data
  expect(await readMetric(page, 'micro-f1')).toBeCloseTo(acc, 12);
  await shot(page, 'eval-confusion-multiclass');
  con.check();
});

test('roc: the threshold point moves along the curve; threshold 0 is (1, 1); imbalance moves PR, not ROC', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'roc', 'separation=1.5&positiveShare=0.5&n=2000&seed=2');
  const auc = await readMetric(page, 'auc');
  expect(auc).toBeGreaterThan(0.75);
  expect(auc).toBeLessThan(0.9);
  await setThreshold(page, 0);
  expect(await readMetric(page, 'recall')).toBe(1);
  expect(await readMetric(page, 'fpr')).toBe(1);
  await setThreshold(page, 0.6);
  const r1 = await readMetric(page, 'recall'), f1 = await readMetric(page, 'fpr');
  expect(r1).toBeLessThan(1);
  expect(f1).toBeLessThan(r1); // a useful model sits above the diagonal

  // drag the point towards the top-right corner: the threshold falls, recall and FPR rise
  const dot = page.getByTestId('curve-point').first();
  const box = (await dot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y - 60, { steps: 8 });
  await page.mouse.up();
  await waitForMetric(page, 'threshold', (v) => v < 0.6);
  expect(await readMetric(page, 'recall')).toBeGreaterThan(r1);
  expect(await readMetric(page, 'fpr')).toBeGreaterThan(f1);
  await shot(page, 'eval-roc');

  const ap = await readMetric(page, 'ap');
  await openWidget(page, 'roc', 'separation=1.5&positiveShare=0.05&n=2000&seed=2');
  const aucRare = await readMetric(page, 'auc');
  const apRare = await readMetric(page, 'ap');
  expect(Math.abs(aucRare - auc)).toBeLessThan(0.06);
  expect(apRare).toBeLessThan(ap - 0.3);
  await shot(page, 'eval-roc-imbalanced');
  con.check();
});

test('gini: snapping to the best split gives the largest decrease; dragging moves the split', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'gini', 'split=2');
  const start = await readMetric(page, 'impurity-decrease');
  const best = await readMetric(page, 'best-decrease');
  expect(start).toBeLessThan(best);
  await page.getByTestId('snap-best').click();
  await waitForMetric(page, 'impurity-decrease', (v) => Math.abs(v - best) < 1e-12);
  expect(await readMetric(page, 'left-n') + (await readMetric(page, 'right-n'))).toBe(60);

  const grip = page.getByTestId('split-grip');
  const box = (await grip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  expect(await readMetric(page, 'split')).toBeGreaterThan(await readMetric(page, 'best-threshold'));
  expect(await readMetric(page, 'impurity-decrease')).toBeLessThanOrEqual(best);
  // keyboard: the split line is a slider too
  const before = await readMetric(page, 'split');
  await grip.focus();
  await page.keyboard.press('ArrowLeft');
  await waitForMetric(page, 'split', (v) => Math.abs(v - (before - 0.05)) < 1e-9);
  await shot(page, 'eval-gini');
  con.check();
});

test('logistic: the live evaluation panel follows training and its threshold', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'logistic', 'dataset=blobs&steps=300');
  await waitForMetric(page, 'auc', (v) => v > 0.8);
  const c = await counts(page);
  expect(await readMetric(page, 'accuracy')).toBeCloseTo((c.tp + c.tn) / (c.tp + c.tn + c.fp + c.fn), 12);
  await page.getByTestId('panel-threshold').fill('0');
  await waitForMetric(page, 'recall', (v) => v === 1);
  expect((await counts(page)).fn).toBe(0);
  await shot(page, 'eval-logistic-panel');
  con.check();
});
