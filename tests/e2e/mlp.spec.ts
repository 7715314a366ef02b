import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, waitForMetric, watchConsole } from './helpers';

const query = (page: { url(): string }) => new URLSearchParams(page.url().split('?')[1] ?? '');

test('Play trains the circle: the test loss falls from ~0.7 and the accuracy rises; every neuron has a heat map', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'lr=0.1');
  expect(await readMetric(page, 'epoch')).toBe(0);
  const start = await readMetric(page, 'test-loss');
  expect(start).toBeGreaterThan(0.6);
  // inputs (7) + 4 + 2 hidden + 1 output squares, and 2·4 + 4·2 + 2·1 links
  await expect(page.locator('.network canvas')).toHaveCount(14);
  await expect(page.locator('.network path.link')).toHaveCount(18);
  await page.getByTestId('play').click();
  await waitForMetric(page, 'test-loss', (v) => v < 0.35, 60_000);
  await page.getByTestId('play').click();
  expect(await readMetric(page, 'epoch')).toBeGreaterThan(5);
  expect(await readMetric(page, 'test-score')).toBeGreaterThan(0.85);
  await expect(page.locator('[data-metric]').filter({ hasText: 'NaN' })).toHaveCount(0);
  con.check();
});

test('a link with a state reopens the same network at the same epoch', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'dataset=xor&layers=5,3&activation=relu&optimizer=adam&lr=0.01&steps=40');
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(40);
  await replayed(page);
  const loss = await readMetric(page, 'train-loss');
  const weight = await page.locator('.network path.hit title').first().textContent();
  await page.getByTestId('step').click();
  await expect(page.locator('[data-metric="epoch"]')).toHaveAttribute('data-value', '41');
  await expect.poll(() => query(page).get('steps')).toBe('41');
  const after = { loss: await readMetric(page, 'train-loss'), weight: await page.locator('.network path.hit title').first().textContent() };
  expect(after.loss).not.toBe(loss);

  await page.reload();
  // the replay starts a frame after the page: wait for its count, then for it to finish
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(41);
  await replayed(page);
  expect(await readMetric(page, 'train-loss')).toBe(after.loss);
  expect(await page.locator('.network path.hit title').first().textContent()).toBe(after.weight);
  expect(weight).not.toBe(after.weight);
  con.check();
});

test('the diagram edits the network: feature toggles, + / − layers and neurons go into the link', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp');
  await page.getByTestId('feature-x1^2').click();
  await expect.poll(() => query(page).get('features')).toBe('x1,x2,x1^2');
  await expect(page.getByTestId('feature-x1^2')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('layer-plus').click();
  await expect.poll(() => query(page).get('layers')).toBe('4,2,2');
  await page.getByTestId('neurons-plus-1').click();
  await expect.poll(() => query(page).get('layers')).toBe('5,2,2');
  // 3·5 + 5·2 + 2·2 + 2·1 links
  await expect(page.locator('.network path.link')).toHaveCount(31);
  await page.getByTestId('layer-minus').click();
  await page.getByTestId('layer-minus').click();
  await page.getByTestId('layer-minus').click();
  await expect(page.getByTestId('layer-count')).toHaveText('0 hidden layers');
  await expect(page.getByRole('status').filter({ hasText: 'logistic regression' })).toBeVisible();
  // every input off: a message, nothing to train, no NaN
  for (const f of ['x1', 'x2', 'x1^2']) await page.getByTestId(`feature-${f}`).click();
  await expect(page.getByText('No input feature is selected')).toBeVisible();
  await expect(page.getByTestId('play')).toBeDisabled();
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('a diverging learning rate pauses with a message and keeps finite numbers', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'layers=8,8,8&activation=linear&lr=10');
  await page.getByTestId('play').click();
  await expect(page.getByRole('alert')).toContainText('learning rate is too large', { timeout: 30_000 });
  expect(Number.isFinite(await readMetric(page, 'train-loss'))).toBe(true);
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('regression on the plane: R² climbs past 0.9, the map shades the predicted value', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'dataset=plane&layers=2&activation=linear&lr=0.03');
  await expect(page.getByText('Test R²')).toBeVisible();
  await page.getByTestId('play').click();
  await waitForMetric(page, 'test-score', (v) => v > 0.9, 60_000);
  await page.getByTestId('play').click();
  await expect(page.locator('.map')).toContainText('predicted y');
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('an activation and a dropout rate per layer, set on the diagram, go into the link and reopen', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp');
  await page.getByTestId('act-1').selectOption('relu');
  await expect.poll(() => query(page).get('acts')).toBe('relu');
  await page.getByTestId('drop-2').selectOption('0.2');
  await expect.poll(() => query(page).get('dropout')).toBe('0,0.2');
  await expect(page.getByTestId('act-2')).toHaveValue('tanh');
  // the Activation setting is every layer's: changing it drops the layers' own choices
  await page.locator('select[name="activation"]').first().selectOption('sigmoid');
  await expect.poll(() => query(page).get('acts')).toBeNull();
  await expect(page.getByTestId('act-1')).toHaveValue('sigmoid');

  await openWidget(page, 'mlp', 'acts=relu,linear&dropout=0.3&steps=10');
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(10);
  await expect(page.getByTestId('act-1')).toHaveValue('relu');
  await expect(page.getByTestId('act-2')).toHaveValue('linear');
  await expect(page.getByTestId('drop-1')).toHaveValue('0.3');
  await expect(page.getByTestId('drop-2')).toHaveValue('0');
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('early stopping stops on the validation loss, restores the best epoch and says which; the stop condition ends a run', async ({ page }) => {
  const con = watchConsole(page);
  // 200 noisy circle points, 16 × 16 ReLU: the validation loss is lowest at epoch 78 (mlp-session.test.ts probes it too)
  await openWidget(page, 'mlp', 'dataset=circles&n=200&noise=0.4&layers=16,16&activation=relu&lr=0.1&earlyStop=1&patience=10');
  await expect(page.locator('.map')).toContainText('held out for validation');
  await page.getByTestId('play').click();
  await expect(page.getByText('restored the weights of epoch 78')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-metric="epoch"]')).toHaveAttribute('data-value', '88');
  expect(await readMetric(page, 'best-epoch')).toBe(78);
  await expect(page.getByText('Restored epoch')).toBeVisible();
  await expect(page.getByTestId('play')).toBeDisabled();
  await expect.poll(() => query(page).get('steps')).toBe('88');
  const loss = await readMetric(page, 'val-loss');
  await page.reload();
  await expect(page.getByText('restored the weights of epoch 78')).toBeVisible({ timeout: 60_000 });
  expect(await readMetric(page, 'val-loss')).toBe(loss);

  await openWidget(page, 'mlp', 'maxEpochs=20');
  await page.getByTestId('play').click();
  await expect(page.getByText('Stopped at epoch 20')).toBeVisible({ timeout: 60_000 });
  expect(await readMetric(page, 'epoch')).toBe(20);
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('the live evaluation: confusion counts, accuracy and ROC for classes; R², RMSE and residuals for regression', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'lr=0.1&steps=30');
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(30);
  await replayed(page);
  // the panel's accuracy at threshold 0.5 is the toolbar's test accuracy; the AUC of a trained circle is high
  await expect.poll(() => readMetric(page, 'accuracy'), { timeout: 30_000 }).toBe(await readMetric(page, 'test-score'));
  expect(await readMetric(page, 'auc')).toBeGreaterThan(0.9);

  await openWidget(page, 'mlp', 'dataset=blobs3&layers=4&lr=0.1&steps=10');
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(10);
  await replayed(page);
  await expect(page.getByText('rows: true class, columns: predicted')).toBeVisible();
  expect(await readMetric(page, 'eval-accuracy')).toBe(await readMetric(page, 'test-score'));

  await openWidget(page, 'mlp', 'dataset=plane&layers=&noise=0&steps=20');
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(20);
  await replayed(page);
  await expect.poll(() => readMetric(page, 'r2'), { timeout: 30_000 }).toBeCloseTo(await readMetric(page, 'test-score'), 6);
  expect(await readMetric(page, 'rmse')).toBeGreaterThan(0);
  await expect(page.getByRole('img', { name: 'residuals against predictions' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});
