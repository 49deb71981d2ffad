/**
 * The site header in Chromium, measured: where its pieces sit at each width, and where the search
 * results panel opens. Each check runs with the page's own fonts and again with a deliberately
 * wider font forced in, so the layout cannot depend on the fonts of the machine it was written on.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser';
import { serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

type Fonts = 'own' | 'wide';
/** Wider than any stock font: DejaVu Sans (already among the widest) with extra letter spacing. */
const WIDE_FONT = 'html, html * { font-family: "DejaVu Sans", "Liberation Sans", sans-serif !important; letter-spacing: 0.12em !important; }';

async function open(path: string, width: number, fonts: Fonts, height = 800): Promise<Page> {
  // Forcing a font means adding a stylesheet, which the site's CSP (rightly) refuses: bypass it only then.
  const context = await session.browser.newContext({ viewport: { width, height }, bypassCSP: fonts === 'wide' });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href);
  if (fonts === 'wide') {
    const before = await nameWidth(page);
    await page.addStyleTag({ content: WIDE_FONT });
    // The forcing must take, or the wide-font half of this file would test nothing.
    expect(await nameWidth(page)).toBeGreaterThan(before * 1.1);
  }
  await page.locator('[data-theme-toggle]').waitFor(); // shown by the page script
  return page;
}

/** The width of the site name's text (its box is a grid cell, as wide as the cell). */
const nameWidth = (page: Page) =>
  page
    .locator('body > header a')
    .first()
    .evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      return range.getBoundingClientRect().width;
    });

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const box = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const { left, right, top, bottom } = el.getBoundingClientRect();
      return { left, right, top, bottom };
    });
const middle = (b: Box) => (b.top + b.bottom) / 2;

const WIDTHS = [320, 390, 768, 1024, 1280, 1920];

describe('the header search panel', () => {
  for (const fonts of ['own', 'wide'] as const) {
    for (const width of WIDTHS) {
      it(`opens inside the viewport with every result inside it, and the first result takes a click (${width} px, ${fonts} fonts)`, async () => {
        const page = await open('/briefings/hannah-foreign-policy-2020/', width, fonts);
        // A real click: the box itself must be reachable where it is drawn.
        await page.locator('#site-search').click();
        await page.keyboard.type('Kadhimi');
        const results = page.locator('#site-search-panel a[data-search-result]');
        await expect.poll(() => results.count()).toBeGreaterThan(1);

        const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: innerHeight }));
        const panel = await box(page, '#site-search-panel');
        expect(panel.left).toBeGreaterThanOrEqual(0);
        expect(panel.right).toBeLessThanOrEqual(viewport.width);
        expect(panel.top).toBeGreaterThanOrEqual(0);
        expect(panel.bottom).toBeLessThanOrEqual(viewport.height);
        // Under the box, not over it.
        expect(panel.top).toBeGreaterThanOrEqual((await box(page, '#site-search')).bottom);

        const links = await results.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map(({ left, right }) => ({ left, right })));
        for (const link of links) {
          expect(link.left).toBeGreaterThanOrEqual(panel.left);
          expect(link.right).toBeLessThanOrEqual(panel.right);
        }

        // The first result is the topmost thing at its own centre, and a plain click follows it.
        const first = results.first();
        const hit = await first.evaluate((a) => {
          const r = a.getClientRects()[0]!;
          const at = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), (r.top + r.bottom) / 2);
          return at !== null && a.contains(at);
        });
        expect(hit).toBe(true);
        const href = (await first.getAttribute('href'))!;
        await first.click();
        await expect.poll(() => page.url()).toBe(new URL(href, session.site.url).href);
        await page.context().close();
      });
    }
  }

  it('follows the box when the window is resized while it is open', async () => {
    const page = await open('/', 1280, 'own');
    await page.locator('#site-search').fill('sanctions');
    await expect.poll(() => page.locator('#site-search-panel a[data-search-result]').count()).toBeGreaterThan(1);
    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(async () => (await box(page, '#site-search-panel')).right).toBeLessThanOrEqual(420);
    const panel = await box(page, '#site-search-panel');
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.top).toBeGreaterThanOrEqual((await box(page, '#site-search')).bottom);
    await page.context().close();
  });
});

describe('the header layout', () => {
  for (const width of [1024, 1280, 1920]) {
    it(`puts the name, the nav, the search box and the theme button on one row at ${width} px`, async () => {
      const page = await open('/', width, 'own');
      const name = await box(page, 'body > header a');
      const pieces = [await box(page, 'body > header nav li:last-child a'), await box(page, '#site-search'), await box(page, '[data-theme-toggle]')];
      for (const piece of pieces) expect(Math.abs(middle(piece) - middle(name))).toBeLessThan(6);
      // Every nav link whole, none scrolled out of sight.
      expect(await page.locator('body > header nav ul').evaluate((ul) => ul.scrollWidth - ul.clientWidth)).toBeLessThanOrEqual(0);
      expect((await box(page, 'body > header')).bottom).toBeLessThan(64);
      await page.context().close();
    });
  }

  for (const fonts of ['own', 'wide'] as const) {
    for (const width of [320, 390]) {
      it(`stays compact on a ${width} px phone and keeps every nav link reachable (${fonts} fonts)`, async () => {
        const page = await open('/', width, fonts, 844);
        expect((await box(page, 'body > header')).bottom).toBeLessThanOrEqual(140);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
        // The nav is one line that scrolls, never a second line that grows with the fonts.
        const links = await page.locator('body > header nav a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
        expect(new Set(links.map(Math.round)).size).toBe(1);
        // The last link comes wholly into view when the keyboard reaches it.
        await page.locator('body > header nav li:nth-last-child(2) a').focus();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('li:last-child') !== null)).toBe(true);
        const shown = await box(page, 'body > header nav li:last-child a');
        expect(shown.left).toBeGreaterThanOrEqual(0);
        expect(shown.right).toBeLessThanOrEqual(width);
        await page.context().close();
      });
    }
  }

  it('keeps the name, the search box and the theme button on one row at 768 px, with the nav under them', async () => {
    const page = await open('/', 768, 'own');
    const name = await box(page, 'body > header a');
    for (const piece of [await box(page, '#site-search'), await box(page, '[data-theme-toggle]')])
      expect(Math.abs(middle(piece) - middle(name))).toBeLessThan(6);
    expect((await box(page, 'body > header nav a')).top).toBeGreaterThan(name.bottom);
    await page.context().close();
  });
});
