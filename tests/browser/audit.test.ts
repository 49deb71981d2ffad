/**
 * Every page kind audited in Chromium: every axe rule in the light theme, axe's colour rules in
 * the system's dark theme, the chosen dark theme painted exactly as the system's, and a 360 px
 * phone. A theme changes colours only, so the structural rules need one run, not three.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

type Theme = { colorScheme: 'light' | 'dark'; theme: 'light' | 'dark' | null };

/** The axe rules whose outcome depends on colours, the only thing a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function open(path: string, theme: Theme): Promise<Page> {
  const page = await openPage(session, path, theme);
  // Pages that fill themselves in (search results) are audited once filled.
  if (path.startsWith('/search/?q=')) await page.locator('[data-search-page] a[data-search-result]').first().waitFor();
  return page;
}

async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every element's painted colours, in document order: what a theme decides. */
const paint = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].map((el) => {
      const style = getComputedStyle(el);
      return [style.color, style.backgroundColor, style.borderColor, style.outlineColor, style.textDecorationColor, style.fill].join(' ');
    }),
  );

describe('every page kind', () => {
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    it(`${kind}: no axe violation in light or dark, the chosen dark theme paints as the system's, nothing overflows a 360 px phone`, async () => {
      const light = await open(path, { colorScheme: 'light', theme: null });
      expect(await violations(light), 'light').toEqual([]);
      await light.context().close();

      const dark = await open(path, { colorScheme: 'dark', theme: null });
      expect(await violations(dark, COLOUR_RULES), 'dark').toEqual([]);
      const systemDark = await paint(dark);
      await dark.context().close();

      // A reader on a light system who chose dark gets the same colours, so the same contrast.
      const chosen = await open(path, { colorScheme: 'light', theme: 'dark' });
      expect(await paint(chosen)).toEqual(systemDark);
      await chosen.context().close();

      const phone = await openPage(session, path, { width: 360 });
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.context().close();
    });
  }
});
