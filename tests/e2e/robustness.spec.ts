import { expect, test } from '@playwright/test';
import { WIDGETS } from './registry';
import type { ParamSpec } from '../../src/params';
import { pressPlayIfEnabled, watchConsole } from './helpers';

// Every widget, opened at the edges of its parameter space and with garbage, must render numbers (never
// NaN), show a notice for what it could not use, and log no error.

function edge(p: ParamSpec, which: 'min' | 'max'): string | null {
  switch (p.type) {
    case 'number':
    case 'int':
      return String(which === 'min' ? p.min : p.max);
    case 'enum':
      if (p.options === 'runtime') return null; // the choices come from the data at run time
      return which === 'min' ? p.options[0].value : p.options[p.options.length - 1].value;
    case 'bool':
      return which === 'min' ? '0' : '1';
    case 'flags':
      if (p.options === 'runtime') return null;
      return which === 'min' ? p.options.slice(0, Math.max(1, p.minSelected ?? 1)).map((o) => o.value).join(',') : p.options.map((o) => o.value).join(',');
    case 'enums':
      return Array.from({ length: which === 'min' ? 0 : p.maxLength }, () => p.options[p.options.length - 1].value).join(',');
    case 'numbers':
      return Array.from({ length: which === 'min' ? p.minLength : p.maxLength }, () => String(which === 'min' ? p.min : p.max)).join(',');
    case 'points':
    case 'file':
      return null;
  }
}

for (const w of WIDGETS) {
  for (const which of ['min', 'max'] as const) {
    test(`${w.name}: every parameter at its ${which}`, async ({ page }) => {
      const con = watchConsole(page);
      const q = new URLSearchParams();
      for (const p of w.schema) {
        const v = p.hidden ? null : edge(p, which);
        if (v !== null) q.set(p.name, v);
      }
      await page.goto(`./#/${w.name}?${q}`);
      await page.locator('[data-metric]').first().waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('param-notices')).toHaveCount(0);
      if (await pressPlayIfEnabled(page)) await page.waitForTimeout(1500);
      await expect(page.locator('body')).not.toContainText('NaN');
      await expect(page.locator('[role="alert"]:has-text("Something went wrong")')).toHaveCount(0);
      con.check();
    });
  }

  test(`${w.name}: garbage in the URL gives notices, not a crash`, async ({ page }) => {
    const con = watchConsole(page);
    const q = w.schema.map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent('%<script>x</script>1e999')}`).join('&');
    await page.goto(`./#/${w.name}?${q}&zz=1`);
    await page.locator('[data-metric]').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('param-notices')).toBeVisible();
    await expect(page.locator('body')).not.toContainText('NaN');
    await expect(page.locator('script:has-text("x")')).toHaveCount(0);
    con.check();
  });
}
