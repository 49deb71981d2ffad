/** Reading a briefing in Chromium: the contents list's current item, each section's anchor, and what Copy link says. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser';
import { serveBuiltSite } from '../support/site-server';
import { SITE_URL } from '../../src/site.config';

const session = useBrowserAndSite(serveBuiltSite);

const BRIEFING = '/briefings/alaaldin-brookings-2020/';
const REC = 'play-the-kurdish-card';

async function open(path: string, options: { width?: number; clipboard?: 'works' | 'fails' } = {}): Promise<Page> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  if (options.clipboard === 'fails') await context.addInitScript(() => (navigator.clipboard.writeText = () => Promise.reject(new Error('denied'))));
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href);
  return page;
}

const currentItems = (page: Page) => page.locator('nav[data-contents] a[aria-current]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
/** Two animation frames: the contents list updates on the next one after a scroll or load. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe('contents list', () => {
  for (const width of [1280, 390]) {
    it(`marks nothing current at the top of the briefing, then the section scrolled to (${width} px)`, async () => {
      const page = await open(BRIEFING, { width });
      await settle(page);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await currentItems(page)).toEqual([]);
      await page.locator(`#${REC}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await expect.poll(() => currentItems(page)).toEqual([`${BRIEFING}#${REC}`]);
      // Back at the top, nothing is being read yet again.
      await page.evaluate(() => scrollTo(0, 0));
      await expect.poll(() => currentItems(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe("a recommendation's anchor", () => {
  it('shows on a 390 px phone without hover or focus, named for the recommendation it links to', async () => {
    const page = await open(BRIEFING, { width: 390 });
    const section = page.locator(`#${REC}`);
    await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const anchor = section.locator(`a[href="#${REC}"]`);
    const shown = await anchor.evaluate((a) => {
      const box = a.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        opacity: Number(getComputedStyle(a).opacity),
        inViewport: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
        focused: document.activeElement === a,
      };
    });
    expect(shown).toMatchObject({ opacity: 1, inViewport: true, focused: false });
    expect(shown.width).toBeGreaterThan(0);
    expect(shown.height).toBeGreaterThan(0);
    // The heading says what is recommended; links name it by its title, as the contents list does.
    const title = (await page.locator(`nav[data-contents] a[href$="#${REC}"]`).textContent())!.replace(/^\s*\d+\.\s*/, '').trim();
    expect(await section.getByRole('link', { name: `Link to this recommendation in the briefing: ${title}`, exact: true }).count()).toBe(1);
    await page.context().close();
  });
});

describe('copy link', () => {
  it('says "Link copied" on the control and in a polite live region, then goes back to its label', async () => {
    const page = await open(BRIEFING);
    const copy = page.locator(`#${REC}`).getByRole('link', { name: /^Copy link/ });
    await copy.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`recommendations/${REC}/`, SITE_URL).href);
    expect((await copy.textContent())?.trim()).toBe('Link copied');
    expect(await copy.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
    const region = page.locator('[role="status"], [aria-live="polite"]').filter({ hasText: 'Link copied' });
    expect(await region.count()).toBe(1);
    expect(await region.evaluate((el) => el.getAttribute('aria-live') ?? (el.getAttribute('role') === 'status' ? 'polite' : null))).toBe('polite');
    await expect.poll(async () => (await copy.textContent())?.trim(), { timeout: 6000 }).toBe('Copy link');
    await page.context().close();
  });

  it("when the clipboard refuses, shows the recommendation's own address, selected, and never points to the address bar", async () => {
    const page = await open(BRIEFING, { clipboard: 'fails' });
    const permalink = new URL(`recommendations/${REC}/`, SITE_URL).href;
    const section = page.locator(`#${REC}`);
    const field = section.getByRole('textbox', { name: 'Copy this link:' });
    expect(await field.isVisible()).toBe(false);
    await section.getByRole('link', { name: /^Copy link/ }).click();
    await expect.poll(() => field.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe(permalink);
    const selected = await field.evaluate(
      (input: HTMLInputElement) => document.activeElement === input && input.value.slice(input.selectionStart!, input.selectionEnd!),
    );
    expect(selected).toBe(permalink);
    expect(await page.locator('body').textContent()).not.toMatch(/address bar/i);
    // The page's own address is the briefing's, which is not what the reader asked for.
    expect(permalink).not.toBe(page.url());
    await page.context().close();
  });

  it('when the clipboard refuses a citation, selects it on the page and says so', async () => {
    const page = await open(`/recommendations/${REC}/`, { clipboard: 'fails' });
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const citation = (await page.locator('#cite-plain').textContent())!;
    await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(citation);
    expect(await page.locator('[role="status"]').filter({ hasText: 'Could not copy' }).textContent()).toBe(
      'Could not copy; the citation above is selected, ready to copy',
    );
    expect(await page.locator('body').textContent()).not.toMatch(/address bar/i);
    await page.context().close();
  });
});
