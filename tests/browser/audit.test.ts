/**
 * Every page kind audited in Chromium: axe in both system themes and the chosen dark theme, and a
 * 360 px phone. A file of its own, the longest of the browser tests, so a second worker runs the rest.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

const open = (path: string, options?: Parameters<typeof openPage>[2]) => openPage(session, path, options);

describe('every page kind', () => {
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    it(`${kind}: axe finds no violations in the system's light and dark and in the chosen dark theme, and nothing overflows a 360 px phone`, async () => {
      for (const [colorScheme, chosen] of [['light', null], ['dark', null], ['light', 'dark']] as const) {
        const page = await open(path, { colorScheme, theme: chosen });
        // Pages that fill themselves in (search results) are audited once filled.
        if (path.startsWith('/search/?q=')) await page.locator('[data-search-page] a[data-search-result]').first().waitFor();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${colorScheme}/${chosen} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.context().close();
      }
      const phone = await open(path, { width: 360 });
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.context().close();
    });
  }
});
