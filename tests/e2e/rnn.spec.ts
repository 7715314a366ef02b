import { expect, test } from '@playwright/test';
import { openWidget, readMetric, shot, waitForMetric, watchConsole } from './helpers';

test('RNN: TF.js and the worker load only when #/rnn opens, not in the gallery', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('./#/');
  await page.waitForLoadState('networkidle');
  expect(urls.filter((u) => /rnn\.worker|\.wasm|coriolanus/.test(u))).toEqual([]);
  await openWidget(page, 'rnn');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  expect(urls.some((u) => /rnn\.worker/.test(u))).toBe(true);
});

test('RNN: the memory task trains in the worker, the gradient map and the hidden state fill in', async ({ page }) => {
  test.setTimeout(150_000);
  const con = watchConsole(page);
  await openWidget(page, 'rnn', 'task=memory&delay=4&units=16&tbptt=8&timeLimit=20');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('backend')).toContainText(/wasm|webgl|cpu/);
  await page.getByTestId('train').click();
  await waitForMetric(page, 'step', (v) => v > 0, 60_000);
  await waitForMetric(page, 'val-accuracy', (v) => v >= 0 && v <= 1, 60_000);
  // the run ends at its time limit; then the hidden state of a held-out sequence is shown
  await expect(page.getByTestId('train')).toHaveText('Train again', { timeout: 90_000 });
  await expect(page.getByTestId('token-strip')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('unit-chip').first()).toBeVisible();
  expect(Number(await page.getByTestId('gradient-ratio').getAttribute('data-value'))).toBeGreaterThan(0);
  const tensors = Number(await page.getByTestId('rnn-tensors').getAttribute('data-value'));
  expect(tensors).toBeGreaterThan(0);
  await shot(page, 'rnn-memory');
  con.check();
});

test('RNN: characters sample text; weather shows both errors', async ({ page }) => {
  test.setTimeout(150_000);
  const con = watchConsole(page);
  await openWidget(page, 'rnn', 'units=32&seqLen=16&tbptt=16&timeLimit=15');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('train').click();
  await expect(page.getByTestId('train')).toHaveText('Train again', { timeout: 90_000 });
  await waitForMetric(page, 'perplexity', (v) => v > 1 && v < 80, 30_000);
  await expect(page.getByTestId('sample-text')).not.toHaveText(/Samples appear here/, { timeout: 30_000 });
  await openWidget(page, 'rnn', 'task=weather&units=16&seqLen=20&tbptt=20&timeLimit=10');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('train').click();
  await waitForMetric(page, 'naive-mae', (v) => v > 1 && v < 5, 60_000);
  await waitForMetric(page, 'model-mae', (v) => v > 0 && v < 30, 60_000);
  con.check();
});

test('RNN: a link restores the settings', async ({ page }) => {
  await openWidget(page, 'rnn', 'task=memory&delay=25&cell=gru&units=48&tbptt=12&clip=2&optimizer=rmsprop&seed=7');
  await page.reload();
  await expect(page.locator('select[name=task]')).toHaveValue('memory');
  await expect(page.locator('select[name=cell]')).toHaveValue('gru');
  expect(page.url()).toContain('delay=25');
  expect(page.url()).toContain('units=48');
  expect(page.url()).toContain('optimizer=rmsprop');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('img', { name: /GRU unrolled over 26 steps/ })).toBeVisible();
});

test('RNN: too short, empty and binary text give a message, never NaN', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'rnn');
  await expect(page.getByTestId('train')).toBeEnabled({ timeout: 60_000 });
  await page.getByText('Train on your own text').click();
  await page.getByTestId('paste').fill('To be, or not to be.');
  await page.getByTestId('use-text').click();
  await page.getByTestId('train').click();
  await expect(page.getByTestId('rnn-notice')).toContainText(/too short/);
  await page.getByTestId('paste').fill('');
  await page.getByTestId('use-text').click();
  await page.getByTestId('train').click();
  await expect(page.getByTestId('rnn-notice')).toContainText(/empty/);
  await page.locator('input[type=file][name=text]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) });
  await expect(page.getByTestId('rnn-notice')).toContainText(/not plain text/);
  await expect(page.locator('body')).not.toContainText('NaN');
  expect(await readMetric(page, 'step')).toBeNaN();
  con.check();
});
