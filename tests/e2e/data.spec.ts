import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readMetric, watchConsole } from './helpers';

// The data lab (#/data): shipped tables, the learner's own file (picker, paste), row-level messages for a
// malformed file, tables kept in the browser across a reload, and a link to a table kept elsewhere.

async function openData(page: Page, query = '') {
  await page.goto(`./#/data${query ? `?${query}` : ''}`);
  await page.locator('[data-metric="rows"]').first().waitFor({ timeout: 30_000 });
}

const rows = (page: Page) => expect.poll(() => readMetric(page, 'rows'), { timeout: 30_000 });

test('penguins load by default: 344 rows, 7 columns, the gaps counted, kinds detected', async ({ page }) => {
  const con = watchConsole(page);
  await openData(page);
  await rows(page).toBe(344);
  expect(await readMetric(page, 'columns')).toBe(7);
  // 2 rows with no measurements (4 cells each) + 11 sexes missing (9 empty, 1 ".", and the 2 empty rows' sex) = 19
  expect(await readMetric(page, 'missing-cells')).toBe(19);
  await expect(page.locator('[data-column="Species"] select')).toHaveValue('category');
  await expect(page.locator('[data-column="Body Mass (g)"] select')).toHaveValue('number');
  await expect(page.locator('[data-column="Sex"] [data-missing]')).toHaveAttribute('data-missing', '11');
  // Virtualised: a few dozen rows in the DOM, not 344.
  expect(await page.locator('[data-testid="table-view"] tbody tr[data-row]').count()).toBeLessThan(40);
  con.check();
});

test('Seattle weather: dates and the usual target temp_max', async ({ page }) => {
  await openData(page, 'table=seattle-weather');
  await rows(page).toBe(1461);
  await expect(page.locator('[data-column="date"] select')).toHaveValue('date');
  await expect(page.locator('[data-column="temp_max"] .tag')).toHaveText('target');
});

test('a malformed file: row-level messages, the count, and keep or skip', async ({ page }) => {
  const con = watchConsole(page);
  await openData(page);
  await rows(page).toBe(344);
  await page.getByTestId('file-input').setInputFiles('tests/fixtures/csv/ragged.csv');
  await rows(page).toBe(4);
  const ragged = page.getByTestId('ragged');
  await expect(ragged).toContainText('2 rows do not have 4 fields');
  await expect(ragged).toContainText('Row 3 has 3 fields, the header has 4');
  await expect(ragged).toContainText('Row 4 has 5 fields, the header has 4');
  await page.getByTestId('ragged-skip').check();
  await rows(page).toBe(2);
  // a change right after another waits for changes to pause for 150 ms before the address follows (WidgetHost)
  await expect.poll(() => page.url()).toContain('ragged=skip');
  expect(page.url()).toMatch(/table=ragged\.csv%40[0-9a-f]{16}|table=ragged\.csv@[0-9a-f]{16}/);
  con.check();
});

test('pasted text is read as a table and kept across a reload', async ({ page }) => {
  await openData(page);
  await rows(page).toBe(344);
  await page.getByTestId('paste-input').fill('x;y;label\n1,5;2;a\n3;4;b\n5;6;a\n');
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await rows(page).toBe(3);
  await expect(page.locator('[data-column="x"] select')).toHaveValue('number');
  await page.reload();
  await rows(page).toBe(3);
  await expect(page.getByTestId('read-report')).toContainText('semicolon-separated');
});

test('the Python snippet reads a pasted file as the lab read it: its separator, and a kind set by hand', async ({ page }) => {
  await openData(page);
  await rows(page).toBe(344);
  const text = ['x;code;label', ...Array.from({ length: 12 }, (_, i) => `${i},5;${(i % 3) + 1};${i % 2 ? 'a' : 'b'}`)].join('\n');
  await page.getByTestId('paste-input').fill(text);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await rows(page).toBe(12);
  await page.locator('[data-column="code"] select').selectOption('category');
  await expect(page.locator('[data-column="code"] select')).toHaveValue('category');
  await page.getByRole('tab', { name: 'Pipeline' }).click();
  await page.getByText('Python (scikit-learn) for this pipeline').click();
  const py = page.locator('[data-python]');
  // the reader's format crosses from the worker, and the digits set to category (and the target's labels) are read
  // by pandas as text; the lab's missing-value markers, and only those, are missing
  await expect(py).toContainText('sep=";", decimal=","');
  await expect(py).toContainText('categorical = ["code"]');
  await expect(py).toContainText('dtype=dict.fromkeys(categorical + ["label"], str)');
  await expect(py).toContainText('na_values=missing, keep_default_na=False');
});

test('a link to a table kept in another browser explains itself and offers to load a file', async ({ page }) => {
  const con = watchConsole(page);
  await openData(page, 'table=survey.csv%400123456789abcdef');
  const note = page.getByTestId('missing-table');
  await expect(note).toContainText('lives in someone else’s browser');
  await expect(note).toContainText('survey.csv');
  await expect(page.getByTestId('file-input')).toBeVisible();
  con.check();
});

test('an empty file is refused with a message, and the previous table stays', async ({ page }) => {
  await openData(page);
  await rows(page).toBe(344);
  await page.getByTestId('file-input').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(page.getByTestId('read-error')).toContainText('The file is empty');
  expect(await readMetric(page, 'rows')).toBe(344);
});

test('the preparation tabs open on penguins with no console error and no serious accessibility violation', async ({ page }) => {
  const con = watchConsole(page);
  const tabs: [string, string][] = [['missing', 'Missing values'], ['encoding', 'Encoding'], ['scaling', 'Scaling'], ['pipeline', 'Pipeline'], ['recordio', 'RecordIO']];
  for (const [tab, title] of tabs) {
    await openData(page, `tab=${tab}`);
    await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.formula.pending')).toHaveCount(0, { timeout: 20_000 });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${tab}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
    expect(bad, bad.join('\n')).toEqual([]);
    expect(await page.evaluate(() => /NaN|undefined/.test(document.body.innerText)), tab).toBe(false);
  }
  con.check();
});

test('a file dropped on the page is read as a table (the veil shows while dragging)', async ({ page }) => {
  const con = watchConsole(page);
  await openData(page);
  await rows(page).toBe(344);
  // A real DataTransfer holding a File, dispatched as the browser does for a drag from the desktop.
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['a,b,label\n1,2,x\n3,4,y\n5,,x\n'], 'dropped.csv', { type: 'text/csv' }));
    return d;
  });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  await expect(page.getByText('Drop the file to read it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await rows(page).toBe(3);
  await expect(page.getByText('Drop the file to read it')).toHaveCount(0);
  expect(await readMetric(page, 'missing-cells')).toBe(1);
  await expect.poll(() => page.url()).toMatch(/table=dropped\.csv(%40|@)[0-9a-f]{16}/);
  con.check();
});

test('Output: the prepared penguins table is standardised and one-hot encoded, and downloads as CSV', async ({ page }) => {
  const con = watchConsole(page);
  await openData(page, 'tab=output');
  await rows(page).toBe(344);
  await expect(page.getByTestId('download-prepared')).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-prepared').click()]);
  expect(download.suggestedFilename()).toBe('penguins-prepared.csv');
  const text = await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));
  const lines = text.trim().split('\n');
  const header = lines[0].split(',');
  const body = lines.slice(1).map((l) => l.split(','));
  expect(body.length).toBe(344);
  expect(text).not.toMatch(/NaN|undefined/);
  // Every number column: no gap left, mean 0 and population standard deviation 1 after imputation and scaling.
  const numCols = header.flatMap((h, j) => (h.startsWith('num__') ? [j] : []));
  expect(numCols.length).toBeGreaterThanOrEqual(4);
  for (const j of numCols) {
    const v = body.map((r) => Number(r[j]));
    expect(v.every(Number.isFinite), header[j]).toBe(true);
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
    expect(Math.abs(mean), header[j]).toBeLessThan(1e-9);
    expect(sd, header[j]).toBeCloseTo(1, 9);
  }
  // One-hot Island: three 0/1 columns, exactly one 1 per row (penguins has no missing Island).
  const island = header.flatMap((h, j) => (h.startsWith('cat__Island_') ? [j] : []));
  expect(island.map((j) => header[j]).sort()).toEqual(['cat__Island_Biscoe', 'cat__Island_Dream', 'cat__Island_Torgersen']);
  for (const r of body) expect(island.reduce((s, j) => s + Number(r[j]), 0)).toBe(1);
  expect(await page.locator('[data-metric="prepared-columns"]').getAttribute('data-value')).toBe(String(header.length));
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
  con.check();
});
