import { expect, test } from '@playwright/test';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

test('PCA: the m slider rebuilds the digits from more components', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'pca', 'data=digits');
  await page.getByTestId('digits').waitFor();
  // scikit-learn (PCA, svd_solver='full') on load_digits: the first 2 / 5 components explain 28.51 % / 54.50 %
  await expect.poll(() => readMetric(page, 'variance-2pc')).toBeCloseTo(0.28509, 4);
  expect(await readMetric(page, 'digits-variance')).toBeCloseTo(0.54496, 4);
  const mse5 = await readMetric(page, 'digits-mse');
  const imgs = () => page.getByTestId('digits').locator('canvas').evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).toDataURL()));
  const before = await imgs();
  await page.getByTestId('m-slider').fill('12');
  await expect(page).toHaveURL(/m=12/);
  await expect.poll(() => readMetric(page, 'digits-variance')).toBeCloseTo(0.78468, 4);
  expect(await readMetric(page, 'digits-mse')).toBeLessThan(mse5);
  const after = await imgs();
  expect(after.slice(0, 10)).toEqual(before.slice(0, 10)); // originals unchanged
  expect(after.slice(10)).not.toEqual(before.slice(10)); // rebuilt images changed
  await page.getByTestId('m-slider').fill('64');
  await expect.poll(() => readMetric(page, 'digits-mse')).toBeLessThan(1e-9); // all components: exact
  await shot(page, 'pca-digits');
  con.check();
});

test('PCA: dragging a point turns the axes; standardising changes the iris projection', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'pca', 'ratio=0.3');
  expect(await readMetric(page, 'variance-2pc')).toBeCloseTo(0.97769, 4); // iris, raw units (scikit-learn)
  const share = await readMetric(page, 'explained-variance');
  const pt = page.locator('circle.pt.train').first();
  const box = (await pt.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y - 150, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/moved=/);
  await expect.poll(() => readMetric(page, 'explained-variance')).not.toBeCloseTo(share, 6);
  // undo puts the point back: the share and the link are the seed's again
  await page.getByTestId('undo-moves').click();
  await expect(page).not.toHaveURL(/moved=/);
  await expect.poll(() => readMetric(page, 'explained-variance')).toBeCloseTo(share, 12);
  await expect(page.getByTestId('undo-moves')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Standardise features' }).check();
  await expect.poll(() => readMetric(page, 'variance-2pc')).toBeCloseTo(0.95813, 4);
  con.check();
});
