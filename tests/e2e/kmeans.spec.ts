import { expect, test } from '@playwright/test';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

test('k-means: stepping assign/update runs to convergence and inertia never rises', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'kmeans', 'init=random&seed=3');
  const status = page.getByTestId('kmeans-status');
  await expect(status).toHaveAttribute('data-converged', 'false');
  expect(await readMetric(page, 'inertia')).toBeNaN(); // nothing assigned yet: shows "—"
  const inertias: number[] = [];
  for (let i = 0; i < 200 && (await status.getAttribute('data-converged')) !== 'true'; i++) {
    await page.getByTestId('step').click();
    inertias.push(await readMetric(page, 'inertia'));
  }
  await expect(status).toHaveAttribute('data-converged', 'true');
  await expect(status).toContainText('Converged');
  expect(inertias.length).toBeGreaterThan(4);
  expect(inertias.every(Number.isFinite)).toBe(true);
  for (let i = 1; i < inertias.length; i++) expect(inertias[i]).toBeLessThanOrEqual(inertias[i - 1] + 1e-9);
  const iterations = await readMetric(page, 'iteration');
  expect(iterations).toBeGreaterThanOrEqual(2);
  // half-steps alternate: 2 per iteration, plus the final assignment when it stopped on the tolerance
  expect([2 * iterations, 2 * iterations + 1]).toContain(inertias.length);
  await expect(page.getByTestId('step')).toBeDisabled();
  await expect(page).toHaveURL(new RegExp(`steps=${inertias.length}`));
  await shot(page, 'kmeans-converged');
  // the link reopens the run at the same step, with the same numbers
  const inertia = await readMetric(page, 'inertia');
  await page.reload();
  await expect(page.getByTestId('kmeans-status')).toHaveAttribute('data-converged', 'true');
  expect(await readMetric(page, 'inertia')).toBe(inertia);
  expect(await readMetric(page, 'iteration')).toBe(iterations);
  con.check();
});

test('k-means: dragging a centre sets a manual start that the link restores', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'kmeans', 'seed=2');
  const centre = page.getByTestId('centre-0');
  const box = (await centre.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/init=manual/);
  await expect(page).toHaveURL(/centres=/);
  await expect(page).not.toHaveURL(/steps=/); // a new start begins at step 0
  const before = await page.getByTestId('centre-0').getAttribute('transform');
  await page.reload();
  await page.getByTestId('centre-0').waitFor();
  expect(await page.getByTestId('centre-0').getAttribute('transform')).toBe(before);
  await page.getByTestId('run-to-end').click();
  await expect(page.getByTestId('kmeans-status')).toHaveAttribute('data-converged', 'true');
  expect(await readMetric(page, 'inertia')).toBeGreaterThan(0);
  con.check();
});

test('k-means: play animates and the clicked-points data set asks for points first', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'kmeans', 'speed=20');
  await page.getByTestId('play').click();
  await expect.poll(() => readMetric(page, 'iteration'), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  await openWidget(page, 'kmeans', 'dataset=clicks&k=2');
  await expect(page.getByText('Click at least 2 points onto the plot.')).toBeVisible();
  con.check();
});
