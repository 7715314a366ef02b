import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openWidget, readMetric, watchConsole } from './helpers';

// #/linear's several features: a shipped table or the learner's, coefficients as measured and standardised.
// Reference: tests/fixtures/make_linear_multi.py (scikit-learn on the rows the view trains and scores on).
const fx = JSON.parse(readFileSync(new URL('../fixtures/linear_multi.json', import.meta.url), 'utf8'));

async function expectFit(page: Page, name: string) {
  const c = fx.cases[name], names: string[] = fx.tables[c.table].featureNames;
  for (const kind of ['raw', 'std'] as const) {
    const bars = page.getByTestId(`coef-${kind}`);
    for (const [j, f] of names.entries()) {
      const v = Number(await bars.locator(`[data-coef="${f}"]`).getAttribute('data-value'));
      expect(Math.abs(v - c.sklearn[kind].coef[j]) / Math.max(1, ...c.sklearn[kind].coef.map(Math.abs)), `${kind} ${f}`).toBeLessThan(1e-6);
    }
    expect(await readMetric(page, `multi-${kind}-r2`)).toBeCloseTo(c.sklearn[kind].testR2, 8);
    expect(await readMetric(page, `multi-${kind}-rmse`)).toBeCloseTo(c.sklearn[kind].testRmse, 7);
  }
}

test('penguins: scikit-learn’s coefficients raw and standardised; ridge from the link', async ({ page }) => {
  const con = watchConsole(page);
  // the fitting (multi.ts) and the coefficients' view are chunks of their own, fetched when a table is chosen
  const scripts: string[] = [];
  page.on('request', (r) => void (r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname)));
  const multiChunks = () => scripts.filter((p) => /\/(multi-[^/]*|Coefficients-[^/]*)\.js$/.test(p));
  await openWidget(page, 'linear');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((p) => /\/Widget-/.test(p))).toBe(true);
  expect(multiChunks()).toEqual([]);
  await page.getByTestId('pick-penguins').click();
  await expect(page).toHaveURL(/multi=penguins/);
  await expect(page.getByTestId('coef-raw')).toBeVisible({ timeout: 30_000 });
  expect(multiChunks().length).toBeGreaterThanOrEqual(3);
  await expectFit(page, 'penguins-ols');
  await expect(page.getByTestId('multi-summary')).toContainText('2 rows with a gap left out');
  // the point: grams make body mass's raw coefficient the smallest, per sd it is the largest
  await expect(page.getByTestId('multi-reading')).toContainText('largest raw coefficient is Beak Depth (mm)');
  await expect(page.getByTestId('multi-reading')).toContainText('per standard deviation it is Body Mass (g)');
  await openWidget(page, 'linear', 'multi=penguins&fit=ridge&alpha=100&seed=7');
  await expect(page.getByTestId('coef-raw')).toBeVisible({ timeout: 30_000 });
  await expectFit(page, 'penguins-ridge-a100-seed7');
  con.check();
});

test('your table: the data lab’s prepared weather (target last, collinear one-hot columns); a bad one says why', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'linear');
  const input = page.locator('input[type=file][name=table]');
  await input.setInputFiles({ name: 'seattle-weather-prepared.csv', mimeType: 'text/csv', buffer: Buffer.from(fx.preparedCsv) });
  await expect(page).toHaveURL(/table=seattle-weather-prepared\.csv(%40|@)[0-9a-f]{8}/);
  await expect(page.getByTestId('coef-raw')).toBeVisible({ timeout: 30_000 });
  await expectFit(page, 'prepared-ols');
  await input.setInputFiles({ name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from('height,kind\n1.2,a\n3.4,b\n2.2,a\n') });
  await expect(page.getByTestId('multi-error')).toContainText('“kind” holds labels: a regression needs a number');
  await expect(page.locator('main')).not.toContainText('NaN');
  // the 1-D view is untouched by a table it cannot use
  expect(await readMetric(page, 'ls-slope')).toBeGreaterThan(0);
  con.check();
});
