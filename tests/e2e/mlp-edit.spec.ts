import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openWidget, readMetric, watchConsole } from './helpers';

const query = (page: { url(): string }) => new URLSearchParams(page.url().split('?')[1] ?? '');
const weightTitle = (page: import('@playwright/test').Page) => page.getByTestId('link-0-0-0').locator('title').textContent();

test('clicking a link types its weight: the loss responds, the link keeps it, bad text gets a message, Reset drops it', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'steps=5');
  const loss = await readMetric(page, 'train-loss');
  // x₁ → neuron 1 of layer 1 runs straight along the top row: its middle is on no other link
  // (a straight path has a box of no height, which Playwright's click calls invisible: click its middle by position)
  const box = (await page.getByTestId('link-0-0-0').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.getByTestId('weight-input').fill('abc');
  await page.getByTestId('weight-input').press('Enter');
  await expect(page.getByTestId('weight-error')).toContainText('not a number');
  await page.getByTestId('weight-input').fill('−4.5');
  await page.getByTestId('weight-input').press('Enter');
  await expect(page.getByTestId('weight-editor')).toHaveCount(0);
  expect(await weightTitle(page)).toContain('-4.5');
  await expect.poll(() => query(page).get('edits')).toBe('5,0,0,0,-4.5');
  expect(await readMetric(page, 'train-loss')).not.toBe(loss);
  expect(await readMetric(page, 'epoch')).toBe(5);
  const edited = await readMetric(page, 'train-loss');
  await page.getByTestId('step').click();
  await expect(page.locator('[data-metric="epoch"]')).toHaveAttribute('data-value', '6');
  const after = { loss: await readMetric(page, 'train-loss'), weight: await weightTitle(page) };

  // the link replays the typed weight at its epoch, then the epoch after it
  await page.reload();
  await expect.poll(() => readMetric(page, 'epoch'), { timeout: 60_000 }).toBe(6);
  await expect.poll(() => readMetric(page, 'train-loss')).toBe(after.loss);
  expect(await weightTitle(page)).toBe(after.weight);
  expect(edited).not.toBe(after.loss);

  await page.getByTestId('reset').click();
  await expect.poll(() => query(page).get('edits')).toBeNull();
  expect(await weightTitle(page)).not.toContain('-4.5');
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('changing Stop at epoch moves the cap of the run on screen, it does not restart it', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'maxEpochs=10&steps=10');
  await expect(page.getByText('Stopped at epoch 10')).toBeVisible();
  const loss = await readMetric(page, 'train-loss');
  await page.getByLabel('Stop at epoch').fill('20');
  await page.getByLabel('Stop at epoch').press('Enter');
  await expect(page.getByTestId('play')).toBeEnabled();
  expect(await readMetric(page, 'epoch')).toBe(10);
  expect(await readMetric(page, 'train-loss')).toBe(loss);
  await page.getByTestId('play').click();
  await expect(page.getByText('Stopped at epoch 20')).toBeVisible({ timeout: 60_000 });
  expect(await readMetric(page, 'epoch')).toBe(20);
  con.check();
});

test('export: the weights as JSON, the loss history as CSV and the network as Keras and TF.js code, made in the page: no request beyond the app’s own files', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'layers=3&steps=4');
  // the page's own loading ends first: KaTeX's fonts for the notes' formulas (and the lazy download bar) are
  // requests of the page, not of the download, and counting them made this test flaky
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('export-weights')).toBeVisible();
  const requests: string[] = [];
  // The page's own lazy assets (a chart's chunk, the notes' fonts, the weight box preloaded in idle time) may still
  // arrive after networkidle; they are the app's files, as the brief allows. Anything else is a request of a download.
  const own = new URL(page.url()).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'blob:' && !(u.origin === own && u.pathname.startsWith('/assets/'))) requests.push(r.url());
  });
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-weights').click()]);
  expect(json.suggestedFilename()).toBe('mlp-circles-epoch-4-weights.json');
  const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(doc.coefs.map((w: number[][]) => [w.length, w[0].length])).toEqual([[2, 3], [3, 1]]);
  expect(doc.epoch).toBe(4);
  expect(doc.inputs).toEqual(['x1', 'x2']);
  expect(doc.inputTransform.scale).toHaveLength(2);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-loss').click()]);
  const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
  expect(lines[0]).toBe('epoch,train_loss,test_loss');
  expect(lines).toHaveLength(6);
  expect(Number(lines[5].split(',')[1])).toBeCloseTo(await readMetric(page, 'train-loss'), 2);
  // the network as code (its numbers are checked by running it: tests/unit/mlp-export-code.test.ts)
  const [py] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-keras').click()]);
  expect(py.suggestedFilename()).toBe('mlp-circles-epoch-4-keras.py');
  const keras = readFileSync((await py.path())!, 'utf8');
  expect(keras).toContain('keras.layers.Dense(3, activation="tanh")');
  expect(keras).toContain('#/mlp?layers=3&steps=4');
  const [js] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-tfjs').click()]);
  expect(js.suggestedFilename()).toBe('mlp-circles-epoch-4-tfjs.js');
  expect(readFileSync((await js.path())!, 'utf8')).toContain("model.add(tf.layers.dense({ inputShape: [2], units: 3, activation: 'tanh' }));");
  expect(requests).toEqual([]);
  con.check();
});

test('the toolbar keeps its metrics on one row at 1280 px with early stopping on, also once it says "Restored epoch"', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const oneRow = async () => {
    // a metric's box is the value's parent; one top for all, and no label broken over two lines
    const boxes = await page.locator('[data-metric]').first().locator('xpath=../..').locator('[data-metric]').evaluateAll((els) => els.map((e) => e.parentElement!.getBoundingClientRect()).map((r) => [Math.round(r.top), r.height]));
    expect(boxes).toHaveLength(6);
    expect(new Set(boxes.map((b) => b[0])).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b[1]))).toBeLessThan(60);
  };
  await openWidget(page, 'mlp', 'earlyStop=1');
  await oneRow();
  await openWidget(page, 'mlp', 'earlyStop=1&patience=1&lr=3&steps=30');
  await expect(page.getByText('Restored epoch')).toBeVisible();
  await oneRow();
});

test('a keyboard edits weights: one tab stop for the links, arrows move, Enter types, the focus comes back; axe stays clean', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'steps=3');
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? null);
  await page.getByTestId('layer-plus').focus();
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('0-0-0');
  await expect(page.getByTestId('link-0-0-0')).toHaveAccessibleName(/^Weight x₁ → neuron 1 of layer 1: -?\d/);
  // the links are one stop: the next Tab leaves them for the first input node
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('feature-x1')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('0-0-1');
  await expect(page.locator('.readout')).toContainText('Weight x₁ → neuron 2 of layer 1');
  await page.keyboard.press('ArrowRight');
  expect(await focused()).toBe('1-0-1');
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).toBe('0-0-1');

  const loss = await readMetric(page, 'train-loss');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('weight-input')).toBeFocused();
  await page.keyboard.type('2.5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('weight-editor')).toHaveCount(0);
  expect(await focused()).toBe('0-0-1');
  await expect(page.getByTestId('link-0-0-1')).toHaveAccessibleName('Weight x₁ → neuron 2 of layer 1: 2.500');
  await expect.poll(() => query(page).get('edits')).toBe('3,0,0,1,2.5');
  expect(await readMetric(page, 'train-loss')).not.toBe(loss);

  // Escape closes the box without a change, and the focus is back on the link; leaving and coming back lands on it
  await page.keyboard.press('Enter');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  expect(await focused()).toBe('0-0-1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('0-0-1');
  await expect(page.getByTestId('link-0-0-1')).toHaveAccessibleName(/: 2\.500$/);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('weight-editor')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('.network').analyze();
  const bad = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, bad.join('\n')).toEqual([]);
  con.check();
});

test('keys sent right after Enter go into the weight box, not past it (the flaky race of "a keyboard edits weights")', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'steps=3');
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);
  // Enter, then Escape, sent back to back as CDP does on a quiet machine: the box used to open a moment after the
  // keys (an import per opening), so Escape reached the link and the box opened afterwards with the focus in it
  // (12 of 15 tries before the fix, 0 of 15 after; load ~20)
  const cdp = await page.context().newCDPSession(page);
  const key = (type: 'keyDown' | 'keyUp', k: string, vk: number) =>
    cdp.send('Input.dispatchKeyEvent', { type, key: k, code: k, windowsVirtualKeyCode: vk, ...(type === 'keyDown' && k === 'Enter' ? { text: '\r' } : {}) });
  for (let i = 0; i < 5; i++) {
    await page.getByTestId('link-0-0-1').focus();
    await Promise.all([key('keyDown', 'Enter', 13), key('keyUp', 'Enter', 13), key('keyDown', 'Escape', 27), key('keyUp', 'Escape', 27)]);
    await expect(page.getByTestId('weight-editor')).toHaveCount(0);
    expect(await focused()).toBe('0-0-1');
  }
  con.check();
});

test('compare mode: run B with a larger learning rate trains beside A from the same start, both curves on one chart, all in the link', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'compare=lr&lrB=0.3&steps=8');
  const cmp = page.getByTestId('compare');
  await expect(cmp.getByRole('heading')).toContainText('Run B: learning rate 0.3');
  await expect(cmp.locator('[data-metric="b-test-loss"]')).not.toHaveAttribute('data-value', '');
  // A's row repeats the toolbar's numbers; B's differ (only the learning rate does)
  expect(await readMetric(page, 'a-train-loss')).toBe(await readMetric(page, 'train-loss'));
  expect(await readMetric(page, 'b-train-loss')).not.toBe(await readMetric(page, 'a-train-loss'));
  await expect(cmp.locator('canvas')).toHaveCount(1);
  await expect(cmp.getByText('B test')).toBeVisible();
  // B's value is a row of the link: the same learning rate in both makes the two runs one run twice
  await openWidget(page, 'mlp', 'compare=lr&lrB=0.03&lr=0.03&steps=3');
  await expect(page.getByTestId('compare').locator('[data-metric="b-train-loss"]')).not.toHaveAttribute('data-value', '');
  await expect.poll(async () => (await readMetric(page, 'b-train-loss')) === (await readMetric(page, 'a-train-loss'))).toBe(true);
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});
