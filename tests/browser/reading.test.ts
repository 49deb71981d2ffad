/** Reading the built site in Chromium: deep links, following links, keyboard use, phones, both themes. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { PAGE_KINDS, serveBuiltSite } from '../support/site-server';
import type { StaticServer } from '../../scripts/serve';

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveBuiltSite()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

async function open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), site.url).href);
  return page;
}

/** Whether the element's box is at least partly inside the viewport. */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0;
  });

describe('deep links', () => {
  it('scrolls to a recommendation in its briefing and marks it', async () => {
    const page = await open('/briefings/alaaldin-brookings-2020/#support-us-allies');
    expect(await inViewport(page, '#support-us-allies')).toBe(true);
    expect(await inViewport(page, 'h1')).toBe(false);
    const marked = await page.locator('#support-us-allies').evaluate((el) => el.matches(':target') && getComputedStyle(el).boxShadow !== 'none');
    expect(marked).toBe(true);
    const unmarked = await page.locator('#play-the-kurdish-card').evaluate((el) => getComputedStyle(el).boxShadow);
    expect(unmarked).toBe('none');
    await page.context().close();
  });

  it('goes from the contents list to the section, and from a recommendation page back into its briefing', async () => {
    const page = await open('/briefings/hannah-foreign-policy-2020/');
    await page.getByRole('navigation', { name: 'Recommendations in this briefing' }).getByRole('link', { name: /Limited and realistic demands/ }).click();
    expect(new URL(page.url()).hash).toBe('#make-limited-realistic-demands');
    expect(await inViewport(page, '#make-limited-realistic-demands')).toBe(true);

    await page.locator('#make-limited-realistic-demands').getByRole('link', { name: /on its own page/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recommendations/make-limited-realistic-demands/');
    await page.getByRole('link', { name: /Read it in the briefing/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/briefings\/hannah-foreign-policy-2020\/#make-limited-realistic-demands$/);
    expect(await inViewport(page, '#make-limited-realistic-demands')).toBe(true);
    await page.context().close();
  });

  it('follows a relation across briefings, a tag and an actor', async () => {
    const page = await open('/recommendations/help-kadhimi-with-governance/');
    await page.getByRole('region', { name: 'Related recommendations' }).getByRole('link', { name: 'Conditions on support' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recommendations/condition-support-on-us-interests/');
    await page.getByRole('list', { name: 'Tags' }).first().getByRole('link', { name: 'Conditions and leverage' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tags/conditions-and-leverage/');
    await page.getByRole('link', { name: 'Use the leverage' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recommendations/use-leverage-sanctions-and-strikes/');
    await page.goto(new URL('actors/mustafa-al-kadhimi/', site.url).href);
    await page.getByRole('link', { name: 'Splinter factions' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recommendations/engage-pmf-splinter-factions/');
    await page.context().close();
  });
});

describe('keyboard', () => {
  it('offers a skip link first, which moves focus to the content', async () => {
    const page = await open('/briefings/alaaldin-brookings-2020/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('reaches the navigation and a recommendation by Tab, with a visible focus ring, and opens it with Enter', async () => {
    const page = await open('/recommendations/');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab'); // first navigation link
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent?.trim(), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused.text).toBe('Briefings');
    expect(focused.outline).not.toBe('none');
    expect(focused.width).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href === '/recommendations/play-the-kurdish-card/') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recommendations/play-the-kurdish-card/');
    await page.context().close();
  });
});

describe('every page kind', () => {
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    it(`${kind}: axe finds no violations in light and dark, and nothing overflows a 360 px phone`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(path, { colorScheme });
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.context().close();
      }
      const phone = await open(path, { width: 360 });
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await phone.context().close();
    });
  }
});
