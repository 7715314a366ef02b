import { expect, test, type Page } from '@playwright/test';
import { openWidget, readMetric, replayed, watchConsole } from './helpers';

/**
 * Records the main thread's tasks of a page from now on with Chromium's tracing, and returns for each task its
 * CPU time on that thread (`tdur`), not its wall time: other jobs on a busy machine stretch wall times, CPU time
 * is what the page's own code spent. The wall-time long tasks (PerformanceObserver) come along for the report.
 */
async function traceTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel'] });
  return async () => {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: { name: string; ph: string; tid: number; pid: number; dur?: number; tdur?: number; args?: { name?: string } }[] };
    const main = trace.traceEvents.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const cpuMs = trace.traceEvents
      .filter((e) => e.pid === main?.pid && e.tid === main?.tid && e.ph === 'X' && typeof e.tdur === 'number' && e.name.endsWith('RunTask'))
      .map((e) => e.tdur! / 1000);
    const wallMs = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    return { cpuMs, wallMs };
  };
}

test('a link with 200,000 updates replays a frame at a time: progress shows, the page answers, the model is the old one', async ({ page }) => {
  test.setTimeout(600_000);
  const con = watchConsole(page);
  await page.goto('./#/logistic?n=1000&steps=200000');
  const progress = page.getByTestId('run-progress');
  // the views are on screen while the replay runs (the old code showed nothing for ~19 s)
  await expect(progress).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-metric="train-loss"]')).toBeVisible();
  const stopTrace = await traceTasks(page);
  await expect(progress).toContainText('Replaying');
  await expect(progress).toContainText('/ 200,000 updates');
  await expect(progress).toHaveAttribute('data-total', '200000');
  const first = Number(await progress.getAttribute('data-done'));

  // the page answers while the replay goes on: a view option toggles, and the replay keeps going
  const logScale = page.getByRole('checkbox', { name: 'log scale' });
  await expect(logScale).toBeChecked();
  await logScale.click();
  await expect(logScale).not.toBeChecked();
  await logScale.click();
  await expect(logScale).toBeChecked();
  await expect.poll(async () => Number(await progress.getAttribute('data-done')), { timeout: 60_000 }).toBeGreaterThan(first);
  await expect(page.locator('[data-run-status]')).toHaveAttribute('data-run-status', 'replaying');

  await replayed(page, 540_000);
  // No task came near the old 19 s freeze: a replay frame is 24 ms of updates plus one draw.
  const { cpuMs, wallMs } = await stopTrace();
  expect(cpuMs.length).toBeGreaterThan(100);
  const report = `longest tasks (CPU ms): ${cpuMs.sort((a, b) => b - a).slice(0, 10).map((t) => t.toFixed(0)).join(', ')}; wall-time long tasks: ${wallMs.length}, longest ${Math.max(0, ...wallMs).toFixed(0)} ms`;
  console.log(report);
  expect(Math.max(...cpuMs), report).toBeLessThan(200);

  // The same model as before the run contract: measured on main at 7cbb7ed (synchronous replay) with this link.
  expect(await readMetric(page, 'epoch')).toBe(200000);
  expect(await readMetric(page, 'train-loss')).toBe(0.27002321813472346);
  expect(await readMetric(page, 'test-loss')).toBe(0.2453609479908458);
  expect(await readMetric(page, 'train-accuracy')).toBe(0.8728571428571429);
  expect(await readMetric(page, 'test-accuracy')).toBe(0.89);
  expect(await readMetric(page, 'auc')).toBe(0.9629777777777778);
  // the count reached the schema's max: the link keeps saying 200000 and training cannot go past it
  await expect(page).toHaveURL(/steps=200000/);
  await expect(page.getByTestId('play')).toBeDisabled();
  con.check();
});

test('links made before the run contract open the same state (numbers measured on main at 7cbb7ed)', async ({ page }) => {
  test.setTimeout(300_000);
  const con = watchConsole(page);
  const expectMetrics = async (query: string, route: string, want: Record<string, number>) => {
    await openWidget(page, route, query);
    await replayed(page);
    for (const [name, value] of Object.entries(want)) {
      const got = await readMetric(page, name), label = `${route}?${query} ${name}`;
      // Counts exactly; losses to 1e-12 relative: Chromium versions differ in the last bit of Math.exp/log
      // (150 gives 0.33475401673116034 where the reference run gave 0.3347540167311604), not in the state.
      if (Number.isInteger(value)) expect(got, label).toBe(value);
      else expect(Math.abs(got - value), `${label}: ${got} vs ${value}`).toBeLessThanOrEqual(1e-12 * Math.abs(value));
    }
  };

  await expectMetrics('steps=145&lr=0.1', 'logistic', {
    epoch: 145,
    'train-loss': 0.27573495122392966,
    'test-loss': 0.3347540167311604,
    'train-accuracy': 0.8857142857142857,
    'test-accuracy': 0.8166666666666667,
    auc: 0.9377777777777778,
  });
  await expect(page).toHaveURL(/#\/logistic\?lr=0\.1&steps=145$/);

  await expectMetrics('dataset=circles&features=x1,x2,x1%5E2,x2%5E2&batch=16&optimizer=adam&steps=3000', 'logistic', {
    epoch: 333.3333333333333,
    'train-loss': 0.0001818452036390993,
    'test-loss': 0.04061496610372068,
    'test-accuracy': 0.9833333333333333,
  });

  await expectMetrics('steps=6', 'kmeans', { iteration: 3, inertia: 354.7944512272516, changed: 7, silhouette: 0.6136588994635087 });
  await expect(page.getByTestId('kmeans-status')).toHaveText('Next: assign every point to its nearest centre.');
  await expectMetrics('init=random&seed=3&steps=9', 'kmeans', { iteration: 4, inertia: 270.088005024962, changed: 5, silhouette: 0.43937293241081554 });
  await expect(page.getByTestId('kmeans-status')).toHaveText('Next: move every centre to the mean of its points.');

  const rocModel = { auc: 0.9172093023255814, ap: 0.8695005117296079, recall: 0.7209302325581395, fpr: 0.06, precision: 0.8378378378378378, 'auc-b': 0.9768604651162791, 'ap-b': 0.9657357741448408 };
  await expectMetrics('source=model&steps=300', 'roc', { steps: 300, ...rocModel });
  // without a count the link means the schema's default of 150 updates
  await expectMetrics('source=model', 'roc', { steps: 150, auc: 0.9165116279069767, ap: 0.865238073046479, fpr: 0.05, precision: 0.8611111111111112 });
  await expectMetrics('source=model&steps=300', 'confusion', { steps: 300, positives: 43, negatives: 100, tp: 31, fp: 6, fn: 12, tn: 94, auc: 0.9172093023255814 });
  await expectMetrics('source=model', 'confusion', { steps: 150, tp: 31, fp: 5, fn: 12, tn: 95 });

  await expectMetrics('dataset=moons&k=7', 'knn', { k: 7, 'train-accuracy': 0.9571428571428572, 'test-accuracy': 0.9166666666666666, 'best-k': 1 });
  con.check();
});

test('after Reset the link carries 0; a data change keeps the evaluation model’s count, and a logistic change starts again', async ({ page }) => {
  test.setTimeout(180_000);
  const con = watchConsole(page);
  await openWidget(page, 'roc', 'source=model&steps=300');
  await replayed(page);
  await page.getByTestId('reset').click();
  await expect(page).toHaveURL(/steps=0/);
  expect(await readMetric(page, 'steps')).toBe(0);
  await page.getByTestId('step').click();
  await expect(page).toHaveURL(/steps=1(&|$)/);
  // the evaluation widgets show the new data's model after as many updates as before
  await page.locator('input[name=noise]').fill('0.3');
  await expect(page).toHaveURL(/noise=0\.3/);
  await replayed(page);
  expect(await readMetric(page, 'steps')).toBe(1);

  await openWidget(page, 'logistic', 'steps=40');
  await replayed(page);
  expect(await readMetric(page, 'epoch')).toBe(40);
  await page.getByTestId('reset').click();
  await expect(page).not.toHaveURL(/steps=/); // 0 is the default: the link drops it
  expect(await readMetric(page, 'epoch')).toBe(0);
  for (let i = 0; i < 3; i++) await page.getByTestId('step').click();
  await expect(page).toHaveURL(/steps=3/);
  await page.locator('input[name=seed]').fill('5');
  await expect(page).toHaveURL(/seed=5/);
  await expect(page).not.toHaveURL(/steps=/);
  expect(await readMetric(page, 'epoch')).toBe(0);
  con.check();
});

test('a link that diverges while it replays stops there with the notice, and the link says where', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'logistic', 'penalty=l2&C=0.001&lr=2&steps=500'); // diverges on its second update
  await expect(page.getByTestId('diverged')).toBeVisible();
  await expect(page.getByTestId('play')).toBeDisabled();
  const epoch = await readMetric(page, 'epoch');
  expect(epoch).toBeGreaterThan(0);
  expect(epoch).toBeLessThan(500);
  await expect(page).toHaveURL(new RegExp(`steps=${epoch}(&|$)`));
  await expect(page.locator('body')).not.toContainText('NaN');
  con.check();
});
