import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from './registry';
import { openWidget, readMetric, watchConsole } from './helpers';

// The keyboard (issue 15): a skip link to the widget, help that costs no tab stop, every control reached by Tab
// with a visible focus, and the chart handles (ROC point, k-means centres) moved by the arrow keys.

async function settled(page: Page, name: string) {
  await openWidget(page, name);
  await page.locator('.views svg, .views canvas, .views table').first().waitFor({ timeout: 60_000 });
  await expect(page.locator('.formula.pending')).toHaveCount(0, { timeout: 20_000 });
}

test('the skip link is the first Tab stop, shows when focused and leads past the settings to Play', async ({ page }) => {
  const con = watchConsole(page);
  await settled(page, 'logistic');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the widget' });
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/logistic/); // the hash router did not take it for a route
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('play')).toBeFocused();
  con.check();
});

test('help costs no tab stop: each control is described by its help, shown on keyboard focus and not on a mouse press', async ({ page }) => {
  const con = watchConsole(page);
  await settled(page, 'logistic');
  expect(await page.locator('.tip .q').count()).toBeGreaterThan(5);
  expect(await page.locator('.tip .q:not([tabindex="-1"])').count()).toBe(0);

  // Tab from the page's top to the first setting: brand, skip link, Copy link, Embed, then the sidebar
  const first = page.locator('aside [data-help-scope] :is(input, select)').first();
  for (let i = 0; i < 8 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const helpId = (await first.getAttribute('aria-describedby'))!;
  const tip = page.locator(`[id="${helpId}"]`);
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(first).toHaveAccessibleDescription((await tip.textContent())!.trim());
  await expect(tip).toBeVisible();
  // opened downwards: the first tip is not cut off by the top of the settings panel
  const panel = (await page.locator('aside').boundingBox())!;
  expect((await tip.boundingBox())!.y).toBeGreaterThanOrEqual(panel.y);

  // a mouse user dragging a slider sees no tip (the look for the mouse is as before)
  await page.keyboard.press('Escape');
  const slider = page.locator('aside input[type="range"]').nth(1);
  await slider.click();
  await expect(slider).toBeFocused();
  await expect(page.locator(`[id="${await slider.getAttribute('aria-describedby')}"]`)).toBeHidden();
  con.check();
});

test('the ROC operating point moves along the curve with the arrow keys', async ({ page }) => {
  const con = watchConsole(page);
  await settled(page, 'roc');
  const dot = page.getByTestId('curve-point').first();
  await expect(dot).toHaveAttribute('role', 'slider');
  await expect(dot).toHaveAttribute('tabindex', '0');
  await dot.focus();
  const fpr0 = await readMetric(page, 'fpr');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => readMetric(page, 'fpr')).toBeGreaterThan(fpr0);
  const fpr1 = await readMetric(page, 'fpr');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => readMetric(page, 'fpr')).toBeLessThanOrEqual(fpr1);
  await expect(page).toHaveURL(/threshold=/);
  con.check();
});

test('a k-means centre moves with the arrow keys', async ({ page }) => {
  const con = watchConsole(page);
  await settled(page, 'kmeans');
  const centre = page.getByTestId('centre-0');
  await expect(centre).toHaveAttribute('role', 'slider');
  const before = await centre.getAttribute('aria-valuetext');
  await centre.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/init=manual/);
  await expect(page.getByTestId('centre-0')).not.toHaveAttribute('aria-valuetext', before!);
  con.check();
});

// Every control on the page, in the order Tab visits it: nothing focusable is skipped, and each stop shows
// where focus is (an outline, the focus ring of a wrapping label, or a mark of its own: a chart handle's tint
// (.grip), a tree node's thick border (.node) and the add-a-point cross (.add-cursor, drawn only while focused) are
// drawn by their :focus-visible styles).
for (const w of WIDGETS) {
  test(`#/${w.name}: Tab reaches every control, each with a visible focus`, async ({ page }) => {
    const con = watchConsole(page);
    await settled(page, w.name);
    const total = await page.evaluate(() => {
      const all = Array.from(document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, select, textarea, summary, [tabindex]'));
      let n = 0;
      for (const el of all) {
        const disabled = (el as HTMLButtonElement).disabled === true;
        if (el.tabIndex < 0 || disabled || !el.checkVisibility({ visibilityProperty: true })) continue;
        el.setAttribute('data-kb', String(n++));
      }
      return n;
    });
    expect(total).toBeGreaterThan(3);
    const seen = new Set<string>();
    const unringed: string[] = [];
    // generous: controls disabled while a widget loads (the CNN's) are not in `total` but become stops when it is done;
    // the loop ends anyway when Tab wraps round to a stop already seen or leaves the page
    for (let i = 0; i < 2 * total + 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const ring = (e: Element | null) => {
          if (!e) return false;
          const cs = getComputedStyle(e);
          return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
        };
        const shown = ring(el) || ring(el.closest('label')) || el.matches('.grip, .node, .add-cursor');
        return { kb: el.getAttribute('data-kb'), shown, what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}]` };
      });
      if (!stop) break;
      if (stop.kb !== null) {
        if (seen.has(stop.kb)) break; // wrapped round
        seen.add(stop.kb);
      }
      if (!stop.shown) unringed.push(stop.what);
    }
    const missed = await page.evaluate((seenList) => {
      const s = new Set(seenList);
      // a radio group is one Tab stop (the arrow keys move inside it): reached when any of its radios was
      const groups = new Set(Array.from(document.querySelectorAll('input[type="radio"][data-kb]')).filter((el) => s.has(el.getAttribute('data-kb')!)).map((el) => (el as HTMLInputElement).name));
      // a control that turned disabled while we tabbed (a run that finished: #/cv's Play) cannot be reached, rightly
      return Array.from(document.querySelectorAll('[data-kb]'))
        .filter((el) => !(el as HTMLButtonElement).disabled)
        .filter((el) => !s.has(el.getAttribute('data-kb')!) && !(el instanceof HTMLInputElement && el.type === 'radio' && groups.has(el.name)))
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.getAttribute('name') ?? ''}]`);
    }, [...seen]);
    expect(missed, 'not reached by Tab').toEqual([]);
    expect(unringed, 'focused without a visible focus indicator').toEqual([]);
    con.check();
  });
}

// Every plot that adds a point on a click has a keyboard path to it: a cross in the tab order that the arrow keys
// move and Enter drops a point at (marks/AddCursor). The link records where the points went.
for (const name of ['logistic', 'knn', 'kmeans', 'tree', 'linear', 'svm']) {
  test(`#/${name}: a point can be added with the keyboard`, async ({ page }) => {
    const con = watchConsole(page);
    await settled(page, name);
    const cross = page.getByTestId('add-cursor');
    await expect(cross).toHaveCount(1);
    await expect(cross).toHaveAttribute('tabindex', '0');
    await expect(cross).toHaveAccessibleName(/Add a point/);
    const added = () => new URL(page.url()).hash.match(/[?&]added=([^&]*)/)?.[1]?.split('%3B').join(';').split(';') ?? [];
    const before = added().length;
    await cross.focus();
    await expect(cross).toHaveCSS('opacity', '1'); // shown while it has keyboard focus
    await page.keyboard.press('Enter');
    await expect.poll(() => added().length).toBe(before + 1);
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => added().length).toBe(before + 2);
    const [a, b] = added().slice(-2).map((p) => decodeURIComponent(p).split(',').map(Number));
    // ten 1 % steps right and one 10 % step up, from the same place
    expect(b[0]).toBeGreaterThan(a[0]);
    expect(b[1]).toBeGreaterThan(a[1]);
    expect(a[2]).toBe(b[2]); // the same class: the picker's choice
    con.check();
  });
}
