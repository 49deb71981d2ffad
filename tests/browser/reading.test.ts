/** Reading the built site in Chromium: deep links, following links, keyboard use, phones, both themes. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowserAndSite } from '../support/browser';
import { serveBuiltSite } from '../support/site-server';

const session = useBrowserAndSite(serveBuiltSite);

const open = (path: string, options?: Parameters<typeof openPage>[2]) => openPage(session, path, options);

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

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
    await page
      .getByRole('navigation', { name: 'Contents' })
      .getByRole('link', { name: /Limited and realistic demands/ })
      .click();
    expect(new URL(page.url()).hash).toBe('#make-limited-realistic-demands');
    expect(await inViewport(page, '#make-limited-realistic-demands')).toBe(true);

    await page
      .locator('#make-limited-realistic-demands')
      .getByRole('link', { name: /on its own page/ })
      .click();
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
    // A list card's link is what is recommended; its source heading, quoted under it, tells the cards apart.
    const card = (title: string) =>
      page
        .locator('main article')
        .filter({ hasText: `“${title}”` })
        .getByRole('heading')
        .getByRole('link');
    await card('Use the leverage').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/recommendations/use-leverage-sanctions-and-strikes/');
    await page.goto(new URL('actors/mustafa-al-kadhimi/', session.site.url).href);
    await card('Splinter factions').click();
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

// The theme button's clicks are tested in navigation.test.ts.
describe('themes', () => {
  it('applies a saved theme before the body exists, so nothing flashes', async () => {
    const context = await session.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${session.site.url}briefings/alaaldin-brookings-2020/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    await context.close();
  });
});

describe('reading aids', () => {
  it('marks the section being read in the contents list as the reader scrolls', async () => {
    const page = await open('/briefings/alaaldin-brookings-2020/');
    const current = () => page.locator('nav[data-contents] a[aria-current="true"]').getAttribute('href');
    await page.locator('#support-us-allies').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toBe('/briefings/alaaldin-brookings-2020/#support-us-allies');
    await page.locator('#other-views').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect.poll(current).toBe('#other-views');
    expect(await page.locator('nav[data-contents]').evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    await page.context().close();
  });

  it('prints the text and each permalink, without navigation or controls, on light paper', async () => {
    const page = await open('/briefings/hannah-foreign-policy-2020/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('nav[data-contents]').isVisible()).toBe(false);
    expect(
      await page
        .locator('#use-leverage-sanctions-and-strikes')
        .getByText(/^Permalink: /)
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .locator('#use-leverage-sanctions-and-strikes')
        .getByRole('link', { name: /^Copy link/ })
        .isVisible(),
    ).toBe(false);
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    // A site path means nothing on paper (tests/browser/print.test.ts covers what is written out).
    const after = await page.locator('main a[href="/compare/"]').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('none');
    await page.context().close();
  });
});

/**
 * The links of a page's main content, outside its navigation lists (where every item is a link),
 * that neither an underline, a 3:1 contrast with the text around them, nor a border (a tag chip)
 * tells apart from that text (WCAG 1.4.1).
 */
const linksLikeText = (page: Page) =>
  page.evaluate(() => {
    // The canvas turns any CSS colour (Tailwind's are oklch) into sRGB bytes.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const luminance = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const links = [...document.querySelectorAll('main a[href]')].filter((a) => !a.closest('nav'));
    return {
      checked: links.map((a) => a.getAttribute('href')),
      alike: links
        .filter((a) => {
          const style = getComputedStyle(a);
          if (style.textDecorationLine.includes('underline')) return false;
          if (style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) return false;
          const [own, around] = [luminance(style.color), luminance(getComputedStyle(a.parentElement!).color)];
          return (Math.max(own, around) + 0.05) / (Math.min(own, around) + 0.05) < 3;
        })
        .map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`),
    };
  });

describe('links', () => {
  it.each(['light', 'dark'] as const)('stand out from the text around them on a briefing page, %s', async (colorScheme) => {
    const page = await open('/briefings/hannah-foreign-policy-2020/', { colorScheme });
    const { checked, alike } = await linksLikeText(page);
    // Actor links, tag chips, editor's note markers and the recommendations' own links were all there to check.
    expect(checked).toEqual(
      expect.arrayContaining(['/actors/iran/', '/tags/sanctions/', '#note-use-leverage-sanctions-and-strikes-1', '#use-leverage-sanctions-and-strikes']),
    );
    expect(alike).toEqual([]);
    await page.context().close();
  });
});
