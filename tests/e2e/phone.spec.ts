import { expect, test } from '@playwright/test';
import { WIDGETS } from './registry';
import { watchConsole } from './helpers';

// Nothing scrolls sideways on a phone, on any route (found through the registry, so new widgets are covered):
// the page is never wider than a 320 px or 390 px screen once the widget, its formulas and its charts are drawn.
// Wide content (a formula, a table) may scroll inside its own box; the page may not.

for (const width of [320, 390]) {
  test(`every route fits a ${width} px screen without sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    const con = watchConsole(page);
    const wide: string[] = [];
    for (const route of ['', ...WIDGETS.map((w) => `#/${w.name}`)]) {
      await page.goto(`./${route}`);
      await page.locator(route ? '[data-metric]' : 'a.card').first().waitFor({ timeout: 60_000 });
      // formulas are typeset after first paint: wait until none is left as raw TeX
      await expect(page.locator('.formula.pending')).toHaveCount(0, { timeout: 20_000 });
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      if (sw > width) {
        const culprit = await page.evaluate((w) => {
          const out: string[] = [];
          for (const el of Array.from(document.querySelectorAll('body *'))) {
            const r = el.getBoundingClientRect();
            if (r.right > w + 0.5 && r.width > 0 && out.length < 4) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(r.right)} px`);
          }
          return out.join('; ');
        }, width);
        wide.push(`${route || 'gallery'}: ${sw} px (${culprit})`);
      }
    }
    expect(wide, `routes wider than ${width} px`).toEqual([]);
    con.check();
  });
}

// Issue 15: on a phone the page opens on the toolbar and the views; the settings are a bottom sheet that leaves the
// top of the screen (the plot) in sight while a slider moves.
// The data lab has no settings column: its few settings are forms inside its Load section, beside what they set.
const INLINE_SETTINGS = new Set(['data']);

test('on a phone the toolbar comes first and the settings open as a sheet over the lower screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const con = watchConsole(page);
  for (const { name } of WIDGETS) {
    await page.goto(`./#/${name}`);
    const metric = page.locator('[data-metric]').first();
    await metric.waitFor({ timeout: 60_000 });
    const box = await metric.boundingBox();
    expect(box!.y + box!.height, `${name}: the toolbar's first number is on the first screen`).toBeLessThan(844);
    if (INLINE_SETTINGS.has(name)) continue;
    const sheet = page.locator('aside[aria-label="Settings"]');
    await expect(sheet, `${name}: settings start closed`).toBeHidden();
    await page.getByRole('button', { name: /Settings/ }).click();
    await expect(sheet).toBeVisible();
    const s = (await sheet.boundingBox())!;
    expect(s.y, `${name}: the sheet leaves the upper half of the screen free`).toBeGreaterThan(844 * 0.45);
    const first = sheet.locator('input, select').first();
    await expect(first).toBeInViewport();
    await sheet.getByRole('button', { name: 'Done' }).click();
    await expect(sheet).toBeHidden();
  }
  con.check();
});

// Issue 15: on a touch screen a tap on the plot adds nothing until the learner picks a class to add.
test.describe('touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('adding points is an explicit mode: a tap adds nothing until a class chip is on', async ({ page }) => {
    const con = watchConsole(page);
    await page.goto('./#/logistic');
    await page.locator('[data-metric]').first().waitFor({ timeout: 60_000 });
    const picker = page.getByRole('group', { name: 'Class of clicked points' });
    await expect(picker).toContainText('Tap adds');
    await expect(picker.getByRole('button', { name: 'nothing' })).toHaveAttribute('aria-pressed', 'true');
    const plot = page.locator('.plot-hit').first();
    const box = (await plot.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain('added=');
    await picker.getByRole('button', { name: 'class 1' }).tap();
    await page.touchscreen.tap(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await expect.poll(() => page.url()).toContain('added=');
    con.check();
  });
});
