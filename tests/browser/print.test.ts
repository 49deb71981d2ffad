/** Briefings on paper: only URLs a reader can type from the page, each recommendation's permalink, no box cut in two. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

// One briefing with linked sources in its provenance, one without.
const BRIEFINGS = ['/briefings/alaaldin-brookings-2020/', '/briefings/hannah-foreign-policy-2020/'];

async function openPrinted(path: string): Promise<Page> {
  const page = await openPage(session, path);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** What paper shows after each link of the main content that shows anything there. */
const printedAfterLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main a[href]')]
      .map((a) => ({ href: a.getAttribute('href') ?? '', after: getComputedStyle(a, '::after').content }))
      .filter((link) => link.after !== 'none' && link.after !== 'normal'),
  );

describe.each(BRIEFINGS)('%s printed', (path) => {
  it('writes no site path after any link, and an absolute URL after each source', async () => {
    const page = await openPrinted(path);
    const printed = await printedAfterLinks(page);
    expect(printed.filter((link) => !/^" <https?:\/\/[^\s>]+>"$/.test(link.after))).toEqual([]);
    const sources = await page.locator('aside[aria-labelledby="provenance"] a[href^="http"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(printed.map((link) => link.href)).toEqual(expect.arrayContaining(sources));
    await page.context().close();
  });

  it("shows each recommendation's absolute permalink", async () => {
    const page = await openPrinted(path);
    const ids = await page.locator('section.recommendation').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const permalink = page.locator(`[id="${id}"]`).getByText(/^Permalink: /);
      expect(await permalink.isVisible()).toBe(true);
      expect(await permalink.textContent()).toMatch(new RegExp(`^Permalink: https?://[^/\\s]+/recommendations/${id}/$`));
    }
    await page.context().close();
  });

  it('keeps the provenance box, the recommendations and the notes each on one page', async () => {
    const page = await openPrinted(path);
    const boxes = await page
      .locator('aside[aria-labelledby="provenance"], section.recommendation, #editors-notes ~ * li')
      .evaluateAll((els) => els.map((el) => ({ box: el.id || el.tagName, breakInside: getComputedStyle(el).breakInside })));
    expect(boxes.length).toBeGreaterThan(2);
    expect(boxes.filter((b) => b.breakInside !== 'avoid')).toEqual([]);
    await page.context().close();
  });

  it('opens with the text: the provenance box, kept whole, closes it instead of leaving page 1 half blank', async () => {
    const page = await openPrinted(path);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
    const provenance = await top('aside[aria-labelledby="provenance"]');
    expect(provenance).toBeGreaterThan(await top('.prose > p'));
    expect(provenance).toBeGreaterThan(await top('section.recommendation:last-of-type'));
    // The anchors beside each recommendation are for screens; paper gives the permalink.
    expect(await page.locator('section.recommendation a[href^="#"]:visible', { hasText: '#' }).count()).toBe(0);
    await page.context().close();
  });
});
