/**
 * Type in Chromium, measured: how many characters a line of the briefing's body holds at each
 * width, with each fallback font a machine without Charter gets, and whether headings and cards
 * keep one family and size from one kind of page to the next.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

/** The fonts a fresh Linux machine falls back to: DejaVu Serif (wide) and Liberation Serif (Times' metrics). */
const FALLBACKS = ['DejaVu Serif', 'Liberation Serif'];
const WIDTHS = [390, 768, 1280, 1920];

/** A page with the site's serif replaced by one font, as on a machine that has only that one of the stack. */
async function openWithSerif(path: string, width: number, font: string): Promise<Page> {
  // Forcing a font means adding a stylesheet, which the site's CSP (rightly) refuses: bypass it only here.
  const context = await session.browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href);
  await page.addStyleTag({ content: `:root { --font-serif: '${font}' !important; }` });
  // The forcing must take, or this file would measure the machine's fonts only.
  expect(
    await page
      .locator('article .prose')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily),
  ).toBe(`"${font}"`);
  return page;
}

/** Characters on each full line (a paragraph's last line is left out) of the body's own paragraphs. */
const lineLengths = (page: Page) =>
  page.evaluate(() => {
    const lengths: number[] = [];
    const paragraphs = [...document.querySelectorAll('article .prose p')].filter((p) => !p.closest('.not-prose'));
    for (const paragraph of paragraphs) {
      const counts: number[] = [];
      const range = document.createRange();
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let lastLeft = -Infinity;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < (node as Text).length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          // A character left of the one before starts a new line (a raised note marker does not).
          if (rect.left < lastLeft - 1 || counts.length === 0) counts.push(0);
          counts[counts.length - 1]! += 1;
          lastLeft = rect.left;
        }
      }
      lengths.push(...counts.slice(0, -1));
    }
    return lengths.sort((a, b) => a - b);
  });

describe('measure', () => {
  for (const font of FALLBACKS) {
    it.each(WIDTHS)(`keeps the briefing's body lines within 75 characters, and about 60 or more from 768 px, in ${font} at %i px`, async (width) => {
      const page = await openWithSerif(PAGE_KINDS.briefing, width, font);
      const lengths = await lineLengths(page);
      expect(lengths.length).toBeGreaterThan(10);
      expect(lengths.at(-1)).toBeLessThanOrEqual(75);
      // A typical line: a single long word may still push one line short.
      if (width >= 768) expect(lengths[lengths.length >> 1]).toBeGreaterThanOrEqual(60);
      await page.context().close();
    });
  }
});

/** Family and size of each section heading in main; the contents and provenance panels' labels are a smaller role. */
const headings = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main h2')]
      .filter((h) => !h.closest('nav, aside'))
      .map((h) => {
        const style = getComputedStyle(h);
        return `${style.fontFamily} ${style.fontSize} ${style.fontWeight}`;
      }),
  );

/** The family of each card and of its heading, chips, links and meta; a recommendation's own text is body text, in the body's family. */
const cardFamilies = (page: Page, selector: string) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .flatMap((card) => [card, ...[...card.querySelectorAll('h3, a, p')].filter((el) => !card.querySelector('.prose')?.contains(el))])
        .map((el) => getComputedStyle(el).fontFamily),
    selector,
  );

describe('type scale', () => {
  it('gives section headings one family and size on a briefing, a recommendation and a list page', async () => {
    const found = new Map<string, string[]>();
    for (const path of [PAGE_KINDS.briefing, PAGE_KINDS.recommendation, PAGE_KINDS.recommendations]) {
      const page = await openPage(session, path);
      found.set(path, await headings(page));
      await page.context().close();
    }
    for (const list of found.values()) expect(list.length).toBeGreaterThan(0);
    expect(new Set([...found.values()].flat())).toHaveLength(1);
  });

  it('sets cards in a briefing, their chips, links and meta, in the family of the cards on the recommendations list', async () => {
    const list = await openPage(session, PAGE_KINDS.recommendations);
    const listed = new Set(await cardFamilies(list, 'main article.card'));
    await list.context().close();
    const briefing = await openPage(session, PAGE_KINDS.briefing);
    const inBriefing = new Set(await cardFamilies(briefing, 'section.recommendation'));
    await briefing.context().close();
    expect(listed).toHaveLength(1);
    expect(inBriefing).toEqual(listed);
  });
});
