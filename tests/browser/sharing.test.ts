/** Sharing in Chromium: copy link, cite, and old URLs that redirect. */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser';
import { VARIANT } from '../support/global-setup';
import { serveBuiltSite } from '../support/site-server';
import { serveStatic } from '../../scripts/build/serve';
import { SITE_URL } from '../../src/site.config';

const session = useBrowserAndSite(serveBuiltSite);

async function open(path: string, server = session.site): Promise<{ page: Page; context: BrowserContext }> {
  const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
  return { page, context };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('body > p[role="status"]').textContent();

describe('copy link', () => {
  it("copies a recommendation's permalink from its section in the briefing, by keyboard, and says so", async () => {
    const { page, context } = await open('/briefings/hannah-foreign-policy-2020/');
    const copy = page.locator('#use-leverage-sanctions-and-strikes').getByRole('link', { name: /^Copy link/ });
    await copy.focus();
    await page.keyboard.press('Enter');
    // The canonical address, as citations give it, whatever origin the page was opened from.
    await expect.poll(() => clipboard(page)).toBe(new URL('recommendations/use-leverage-sanctions-and-strikes/', SITE_URL).href);
    expect(await status(page)).toBe('Link copied');
    expect(new URL(page.url()).pathname).toBe('/briefings/hannah-foreign-policy-2020/');
    await context.close();
  });

  it('copies from the recommendation page, and copies the citation with the same URL and today as the access date', async () => {
    const { page, context } = await open('/recommendations/play-the-kurdish-card/');
    const permalink = new URL('recommendations/play-the-kurdish-card/', SITE_URL).href;
    await page.getByRole('link', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => clipboard(page)).toBe(permalink);
    const today = await page.evaluate(() => {
      const d = new Date();
      return {
        iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
        long: `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`,
      };
    });
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^@misc\{alaaldin2020play,\n {2}author = \{Alaaldin, Ranj\}/);
    const bibtex = await clipboard(page);
    expect(bibtex).toContain(`  url = {${permalink}}`);
    expect(bibtex).toMatch(new RegExp(`,\\n  urldate = \\{${today.iso}\\}\\n\\}$`));
    await page.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => clipboard(page)).toContain('Proposal “The Kurdish card”');
    const plain = await clipboard(page);
    expect(plain).toContain(`, ${permalink}.`);
    expect(plain.endsWith(` Accessed ${today.long}.`)).toBe(true);
    expect(plain).not.toContain('[date]');
    expect(await status(page)).toBe('Citation copied to the clipboard');
    await context.close();
  });

  it('is a plain link to the permalink without JavaScript, and the copy buttons stay hidden', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.url}briefings/alaaldin-brookings-2020/`);
    await page
      .locator('#support-us-allies')
      .getByRole('link', { name: /^Copy link/ })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recommendations/support-us-allies/');
    expect(await page.getByRole('button', { name: 'Copy BibTeX' }).count()).toBe(0);
    await context.close();
  });
});

describe('old URLs', () => {
  it("a renamed recommendation's old URL lands on its page, under a sub-path too", async () => {
    const variant = await serveStatic({ root: inject('variantDir'), port: 0, base: VARIANT.base });
    try {
      const { page, context } = await open(`recommendations/${VARIANT.renamed.formerId}/`, variant);
      await expect.poll(() => new URL(page.url()).pathname).toBe(`${VARIANT.base}recommendations/${VARIANT.renamed.id}/`);
      // Its heading is what is recommended; the title names the page.
      expect(await page.title()).toMatch(/^Splinter factions /);
      await page.goto(`${variant.url}briefings/${VARIANT.renamed.briefing}/#${VARIANT.renamed.formerId}`);
      const marked = await page.locator(`#${VARIANT.renamed.id}`).evaluate((el) => getComputedStyle(el).boxShadow);
      expect(marked).not.toBe('none');
      await context.close();
    } finally {
      await variant.close();
    }
  });

  it('keeps the query and the fragment through the redirect, and lands scrolled to the section', async () => {
    const variant = await serveStatic({ root: inject('variantDir'), port: 0, base: VARIANT.base });
    const inView = (page: Page, selector: string) =>
      page.locator(selector).evaluate((el) => {
        const { top } = el.getBoundingClientRect();
        return top >= 0 && top < innerHeight;
      });
    try {
      const { page, context } = await open(`recommendations/${VARIANT.renamed.formerId}/?highlight=splinter#cite`, variant);
      await expect.poll(() => page.url()).toBe(`${variant.url}recommendations/${VARIANT.renamed.id}/?highlight=splinter#cite`);
      await expect.poll(() => inView(page, '#cite')).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      await expect.poll(() => page.locator('main mark.pagefind-highlight').count()).toBeGreaterThan(0);
      // Replaced, not added: Back must not return to a page that sends the reader forward again.
      await page.goBack();
      expect(page.url()).toBe('about:blank');

      // The old id as an anchor in the briefing, arriving from a search result.
      await page.goto(`${variant.url}briefings/${VARIANT.renamed.briefing}/?highlight=splinter#${VARIANT.renamed.formerId}`);
      expect(new URL(page.url()).hash).toBe(`#${VARIANT.renamed.formerId}`);
      await expect.poll(() => inView(page, `#${VARIANT.renamed.id} h3`)).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      expect(await page.locator(`#${VARIANT.renamed.id}`).evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
      await context.close();
    } finally {
      await variant.close();
    }
  });

  it('still redirects without JavaScript, by the meta refresh', async () => {
    const variant = await serveStatic({ root: inject('variantDir'), port: 0, base: VARIANT.base });
    try {
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${variant.url}recommendations/${VARIANT.renamed.formerId}/`);
      await expect.poll(() => new URL(page.url()).pathname).toBe(`${VARIANT.base}recommendations/${VARIANT.renamed.id}/`);
      await context.close();
    } finally {
      await variant.close();
    }
  });
});
