import { expect, test, type Page } from '@playwright/test';
import { openWidget, readMetric, waitForMetric, watchConsole } from './helpers';

// #/gini?n=10&seed=2 (overlap and share at their defaults) draws these ten points, sorted:
//   class 0: -1.27 -1.21 -0.92 -0.81 0.13      class 1: -0.49 1.24 1.29 2.06 2.75
// Every number below is worked out by hand from them (Gini 1 − Σp², entropy −Σp log₂ p, sizes weighted by n).

/** The impurity numbers the page shows for the current split. */
async function shown(page: Page) {
  const names = ['left-n', 'right-n', 'left-impurity', 'right-impurity', 'parent-impurity', 'weighted-impurity', 'impurity-decrease'];
  const out: Record<string, number> = {};
  for (const n of names) out[n] = await readMetric(page, n);
  return out;
}

function expectNumbers(got: Record<string, number>, want: Record<string, number>) {
  for (const [name, v] of Object.entries(want)) expect(got[name], name).toBeCloseTo(v, 12);
}

test('gini: the split moved by keyboard and by dragging shows hand-computed impurities', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'gini', 'n=10&seed=2');
  expect(await readMetric(page, 'split')).toBe(0.3);
  // split 0.3: left = five class 0 and -0.49 (5:1), right = four class 1 (0:4)
  expectNumbers(await shown(page), {
    'left-n': 6, 'right-n': 4,
    'left-impurity': 1 - (5 / 6) ** 2 - (1 / 6) ** 2, // 10/36
    'right-impurity': 0,
    'parent-impurity': 0.5,
    'weighted-impurity': (6 / 10) * (10 / 36), // 1/6
    'impurity-decrease': 0.5 - 1 / 6,
  });

  // keyboard: Shift+← moves the split by 0.5, to -0.2: left 4:1, right 1:4
  const grip = page.getByTestId('split-grip');
  const at03 = (await grip.boundingBox())!;
  await grip.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await waitForMetric(page, 'split', (v) => v === -0.2);
  const g = 1 - (4 / 5) ** 2 - (1 / 5) ** 2; // 8/25 on both sides
  expectNumbers(await shown(page), {
    'left-n': 5, 'right-n': 5, 'left-impurity': g, 'right-impurity': g, 'parent-impurity': 0.5,
    'weighted-impurity': g, 'impurity-decrease': 0.5 - g,
  });

  // the same split under entropy: H(4/5, 1/5) on each side, 1 bit for the 5:5 parent
  await page.locator('[data-param="criterion"] select').selectOption('entropy');
  await expect(page).toHaveURL(/criterion=entropy/);
  const h = -(0.8 * Math.log2(0.8) + 0.2 * Math.log2(0.2)); // 0.7219…
  expectNumbers(await shown(page), {
    'left-n': 5, 'right-n': 5, 'left-impurity': h, 'right-impurity': h, 'parent-impurity': 1,
    'weighted-impurity': h, 'impurity-decrease': 1 - h,
  });
  await page.locator('[data-param="criterion"] select').selectOption('gini');

  // drag the line to x ≈ 1.65 (between 1.29 and 2.06), the pixel scale read off the two positions above
  const atMinus02 = (await grip.boundingBox())!;
  const pxPerUnit = (at03.x - atMinus02.x) / 0.5;
  const cy = atMinus02.y + atMinus02.height / 2;
  const from = atMinus02.x + atMinus02.width / 2;
  await page.mouse.move(from, cy);
  await page.mouse.down();
  await page.mouse.move(from + (1.65 - -0.2) * pxPerUnit, cy, { steps: 8 });
  await page.mouse.up();
  const split = await readMetric(page, 'split');
  expect(split).toBeGreaterThan(1.29);
  expect(split).toBeLessThan(2.06);
  // left: five class 0 and three class 1 (5:3), right: two class 1
  expectNumbers(await shown(page), {
    'left-n': 8, 'right-n': 2,
    'left-impurity': 1 - (5 / 8) ** 2 - (3 / 8) ** 2, // 30/64
    'right-impurity': 0,
    'parent-impurity': 0.5,
    'weighted-impurity': (8 / 10) * (30 / 64), // 0.375
    'impurity-decrease': 0.5 - 0.375,
  });
  await expect(page.locator('body')).not.toContainText('NaN');
  con.check();
});
