/**
 * Finding one's way in Chromium: the footer on every page kind, the About page, the theme button,
 * and the skip link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

const footerNav = (page: Page) => page.getByRole('contentinfo').getByRole('navigation', { name: 'Site sections' });
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the footer', () => {
  it('links every section, the About page and the RSS feed, and each link leads to a built page', async () => {
    const page = await openPage(session, '/');
    const links = footerNav(page).getByRole('link');
    const names = await links.allTextContents();
    expect(names.map((name) => name.trim())).toEqual([
      'Briefings',
      'Recommendations',
      'Compare',
      'Tags',
      'Actors',
      'Search',
      'About',
      'RSS feed of new briefings',
    ]);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
    }
    expect(await footerNav(page).getByRole('link', { name: /RSS/ }).getAttribute('href')).toBe('/feed.xml');
    await page.context().close();
  });

  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    it(`${kind}: is on the page, with every link inside a 390 px viewport`, async () => {
      const page = await openPage(session, path, { width: 390 });
      expect(await footerNav(page).getByRole('link').count()).toBe(8);
      const boxes = await footerNav(page)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map(({ left, right, height }) => ({ left, right, height })));
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(390);
        // Targets a finger can take (WCAG 2.5.8 asks 24 px).
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }
});

describe('the About page', () => {
  it('is reached from the footer and says what the site is', async () => {
    const page = await openPage(session, '/briefings/hannah-foreign-policy-2020/');
    await footerNav(page).getByRole('link', { name: 'About' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/about/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('About Briefing Room');
    for (const heading of ['Where the briefings come from', 'The translation, and the editor’s notes', 'Who proposes what', 'How to cite'])
      expect(await page.getByRole('heading', { level: 2, name: heading }).count(), heading).toBe(1);
    // Its example of editor's notes lands on a briefing's notes.
    await page.getByRole('link', { name: /editor’s notes on/ }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#editors-notes');
    expect(await page.locator('#editors-notes').count()).toBe(1);
    await page.context().close();
  });
});

describe('the theme button', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`changes what is painted on its first click, and again on its second, for a ${colorScheme} system`, async () => {
      const page = await openPage(session, '/recommendations/', { colorScheme });
      const button = page.getByRole('button', { name: 'Dark theme' });
      // A toggle: pressed while the dark theme is shown, whoever chose it.
      expect(await button.getAttribute('aria-pressed')).toBe(String(colorScheme === 'dark'));
      const size = (await button.boundingBox())!;
      expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(40);
      const system = await background(page);

      await button.click();
      const chosen = await background(page);
      expect(chosen).not.toBe(system);
      expect(await button.getAttribute('aria-pressed')).toBe(String(colorScheme !== 'dark'));
      // The icon shown is the theme shown: one of the two, not both.
      expect(await button.locator('svg:visible').count()).toBe(1);
      await page.reload();
      expect(await background(page)).toBe(chosen);

      // Back to the system's own theme: the choice is forgotten, so the page follows the system again.
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await background(page)).toBe(system);
      expect(await page.evaluate(() => [document.documentElement.dataset.theme ?? null, localStorage.getItem('theme')])).toEqual([null, null]);
      await page.emulateMedia({ colorScheme: colorScheme === 'dark' ? 'light' : 'dark' });
      expect(await background(page)).toBe(chosen);
      await expect.poll(() => page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe(String(colorScheme !== 'dark'));
      await page.context().close();
    });
  }
});

describe('the skip link', () => {
  it('shows itself on the first Tab, and moves focus into the content without a ring around it', async () => {
    const page = await openPage(session, '/briefings/alaaldin-brookings-2020/', { width: 390 });
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const shown = await skip.evaluate((el) => {
      const { left, right, top, bottom, width } = el.getBoundingClientRect();
      return { inside: left >= 0 && top >= 0 && right <= innerWidth && bottom <= innerHeight && width > 1, outline: getComputedStyle(el).outlineStyle };
    });
    expect(shown).toEqual({ inside: true, outline: 'solid' });

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const main = document.querySelector('main')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { outline: getComputedStyle(el).outlineStyle, mainSized: box.width >= main.width - 1 && box.height >= main.height - 1 };
    });
    // Either no outline at all, or one that is not drawn around the whole page's content.
    expect(focused.outline === 'none' || !focused.mainSized).toBe(true);
    // The next Tab goes on from the content, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.context().close();
  });
});
