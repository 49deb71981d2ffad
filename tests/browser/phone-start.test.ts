/**
 * Where a phone reader meets the argument: the top of a briefing (site header, title, byline,
 * standfirst, topics, the folded boxes) leaves the narrative's first paragraph on the first screen,
 * with nothing it moved out of the way out of reach. And count lines that never break apart.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser';
import { serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

const BRIEFINGS = ['/briefings/alaaldin-brookings-2020/', '/briefings/hannah-foreign-policy-2020/'];
const SCREENS = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];

async function open(path: string, { width, height }: { width: number; height: number }): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href);
  return page;
}

const standfirst = (page: Page) => page.locator('article > header details p');
/** How much of the standfirst is cut off below its box (0 when it is shown whole). */
const cutOff = (page: Page) => standfirst(page).evaluate((p) => p.scrollHeight - p.clientHeight);

describe.each(BRIEFINGS)('%s on a phone', (path) => {
  for (const screen of SCREENS) {
    it(`starts the narrative on the first ${screen.width}×${screen.height} screen`, async () => {
      const page = await open(path, screen);
      const top = await page
        .locator('article .prose p')
        .first()
        .evaluate((p) => p.getBoundingClientRect().top);
      expect(top).toBeLessThan(screen.height);
      await page.context().close();
    });
  }

  it('folds the standfirst to its first lines, whole in the page and open on demand', async () => {
    const page = await open(path, SCREENS[0]!);
    const lines = await standfirst(page).evaluate((p) => p.clientHeight / parseFloat(getComputedStyle(p).lineHeight));
    expect(Math.round(lines)).toBe(3);
    expect(await cutOff(page)).toBeGreaterThan(0);
    // Cut on screen only: the text itself is all there, for search, assistive technology and find-in-page.
    const straight = (text: string) => text.trim().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    const summary = await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="description"]')!.content);
    expect(straight((await standfirst(page).textContent())!)).toBe(straight(summary));
    await page.locator('article > header summary').click();
    expect(await cutOff(page)).toBe(0);
    await page.context().close();
  });

  it('keeps the topics on one line that scrolls, each chip reachable', async () => {
    const page = await open(path, SCREENS[0]!);
    const chips = page.locator('article > header ul[aria-label="Topics"] a');
    const tops = await chips.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(3);
    expect(new Set(tops).size).toBe(1);
    const last = chips.last();
    expect((await last.boundingBox())!.x).toBeGreaterThan(SCREENS[0]!.width);
    // The keyboard brings it into view, whole.
    await last.focus();
    const box = (await last.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(SCREENS[0]!.width);
    await page.context().close();
  });

  it('names the publisher once in the byline, on a phone and on a wide screen', async () => {
    for (const width of [390, 1280]) {
      const page = await open(path, { width, height: 844 });
      const publisher = await page.locator('aside[aria-labelledby="provenance"] dt:text-is("Published by") + dd').textContent();
      const byline = await page.locator('article > header h1 + p').innerText();
      expect(byline.split(publisher!.trim()).length - 1, `${byline} (${width} px)`).toBe(1);
      await page.context().close();
    }
  });

  it('shows the standfirst and topics whole at 1280 px and on paper', async () => {
    const wide = await open(path, { width: 1280, height: 800 });
    expect(await cutOff(wide)).toBe(0);
    const tops = await wide
      .locator('article > header ul[aria-label="Topics"] a')
      .evaluateAll((as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    expect(tops).toBeGreaterThan(1);
    await wide.context().close();

    const paper = await open(path, SCREENS[0]!);
    await paper.emulateMedia({ media: 'print' });
    expect(await cutOff(paper)).toBe(0);
    await paper.context().close();
  });
});

/** Each element whose whole text is a count ("2 recommendations"), with how many line boxes it takes. */
const countLines = (page: Page) =>
  page.locator('main li.card').evaluateAll((cards) =>
    cards.map((card) => {
      const count = [...card.querySelectorAll('span')].find((el) => /^(· )?\d+ recommendations?$/.test(el.textContent?.trim() ?? ''));
      // The separator before a count sits on the count's line, never alone at the end of the line above.
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      let separatorTop: number | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.lastIndexOf('·');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        separatorTop = range.getBoundingClientRect().top;
      }
      const countTop = count?.getBoundingClientRect().top;
      return {
        card: card.querySelector('a')?.textContent?.trim(),
        lines: count?.getClientRects().length ?? 0,
        text: card.textContent ?? '',
        separatorApart: separatorTop !== undefined && countTop !== undefined && Math.abs(separatorTop - countTop) > 2,
      };
    }),
  );

describe('count lines on index cards', () => {
  for (const width of [320, 390, 1280]) {
    for (const path of ['/', '/tags/', '/actors/']) {
      it(`keep "N recommendations" on one line, with no separator cut from it, on ${path} at ${width} px`, async () => {
        const page = await open(path, { width, height: 844 });
        const cards = await countLines(page);
        expect(cards.length).toBeGreaterThan(5);
        for (const { card, lines, separatorApart } of cards) {
          expect(lines, card).toBe(1);
          expect(separatorApart, card).toBe(false);
        }
        // A tag card's count is a line of its own: no separator to leave behind.
        if (path !== '/actors/') for (const { card, text } of cards) expect(text, card).not.toContain('·');
        await page.context().close();
      });
    }
  }
});
