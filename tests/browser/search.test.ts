/** Search in Chromium against the built site: the header box, /search/, results landing on anchors. */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser';
import { projectRoot } from '../support/build-site';
import { readProposals } from '../support/proposals';
import { VARIANT } from '../support/global-setup';
import { serveBuiltSite } from '../support/site-server';
import { serveStatic, type StaticServer } from '../../scripts/build/serve';
import { enSearch } from '../../src/i18n/en-search';

const session = useBrowserAndSite(serveBuiltSite);

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; server?: StaticServer; requested?: string[]; blocked?: string } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  // A file the server has but the network fails to deliver, as on a flaky connection.
  if (options.blocked) await context.route(`**${options.blocked}`, (route) => route.abort());
  // Listening before the page loads, so requests made during loading are counted too.
  context.on('request', (request) => options.requested?.push(new URL(request.url()).pathname));
  const page = await context.newPage();
  await page.goto(new URL(path.replace(/^\//, ''), (options.server ?? session.site).url).href);
  return { page, context };
}

// The machines that run these are often busy: the engine and its index may take a while to load.
const slow = { timeout: 10_000 };

const headerResults = (page: Page) => page.locator('#site-search-panel a[data-search-result]');
const pageResults = (page: Page) => page.locator('[data-search-page] a[data-search-result]');
/** Result targets without the ?highlight= that carries the query. */
const targets = async (links: ReturnType<Page['locator']>) =>
  (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''))).map((href) => href.replace(/\?[^#]*/, ''));

describe('the header search box', () => {
  it('shows results under the box as you type, and names the alias that matched', async () => {
    const { page, context } = await open('/');
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Kazemi');
    await expect.poll(() => headerResults(page).count()).toBe(5);
    expect(await headerResults(page).first().textContent()).not.toBe('Six options for Washington to “reset its relationship” with Baghdad');
    await expect.poll(() => page.locator('#site-search-panel [role="status"]').textContent()).toBe('6 results for “Kazemi”.');
    expect(await page.locator('#site-search-panel').textContent()).toContain('Matched: Mustafa al-Kadhimi (“Kazemi”)');
    expect(await page.locator('#site-search-panel').isVisible()).toBe(true);
    await context.close();
  });

  it('lands a result on the recommendation in its briefing, scrolled to, marked, with the words highlighted', async () => {
    const { page, context } = await open('/tags/');
    await page.locator('#site-search').fill('evasion');
    await headerResults(page).first().click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#curb-iran-sanctions-evasion-through-iraq');
    expect(new URL(page.url()).pathname).toBe('/briefings/hannah-foreign-policy-2020/');
    const section = page.locator('#curb-iran-sanctions-evasion-through-iraq');
    await expect.poll(() => section.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    expect((await section.locator('mark.pagefind-highlight').first().textContent())?.toLowerCase()).toContain('evasion');
    const state = await section.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { target: el.matches(':target'), inView: box.top < innerHeight && box.bottom > 0, ring: getComputedStyle(el).boxShadow };
    });
    expect(state).toMatchObject({ target: true, inView: true });
    expect(state.ring).not.toBe('none');
    await context.close();
  });

  it('works from the keyboard alone: "/" or Ctrl+K, type, arrows, Enter; Escape closes', async () => {
    const { page, context } = await open('/briefings/alaaldin-brookings-2020/');
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('sanctions');
    await expect.poll(() => headerResults(page).count()).toBeGreaterThan(2);
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-panel').isHidden()).toBe(true);
    await page.keyboard.type(' ');
    await expect.poll(() => page.locator('#site-search-panel').isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(await headerResults(page).first().getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(focused!.split('#')[1]!);
    await context.close();
  });

  it('loads no search code, engine or index while a page is only read', async () => {
    const requested: string[] = [];
    const { page, context } = await open('/briefings/hannah-foreign-policy-2020/', { requested });
    await page.mouse.wheel(0, 2000);
    await page.waitForLoadState('networkidle');
    expect(requested.some((p) => p.endsWith('/briefings/hannah-foreign-policy-2020/'))).toBe(true);
    expect(requested.filter((p) => p.includes('pagefind') || p.includes('search-ui'))).toEqual([]);
    await page.locator('#site-search').focus();
    await expect.poll(() => requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requested.some((p) => p.includes('search-ui'))).toBe(true);
    await context.close();
  });

  it('says search could not load when the engine fails to arrive, and still offers the full search page', async () => {
    const { page, context } = await open('/', { blocked: '/pagefind/pagefind.js' });
    await page.locator('#site-search').fill('sanctions');
    await expect.poll(() => page.locator('#site-search-panel [role="status"]').textContent()).toBe(enSearch['search.failed']);
    expect(await page.locator('#site-search-panel').isVisible()).toBe(true);
    expect(await headerResults(page).count()).toBe(0);
    expect(await page.locator('#site-search-panel a[data-search-more]').getAttribute('href')).toBe('/search/?q=sanctions');
    await context.close();
  });

  it('shows a query typed as HTML as text', async () => {
    const { page, context } = await open('/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.locator('#site-search').fill('<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('#site-search-panel [role="status"]').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#site-search-panel img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('the search page', () => {
  it('finds the same al-Kadhimi recommendations by every spelling', async () => {
    const found: string[][] = [];
    for (const spelling of ['Kadhimi', 'Kazemi', 'Kazimi', 'الكاظمي']) {
      const { page, context } = await open(`/search/?q=${encodeURIComponent(spelling)}`);
      await expect.poll(() => pageResults(page).count(), slow).toBeGreaterThan(0);
      found.push((await targets(pageResults(page).and(page.locator('[data-search-result="recommendation"]')))).sort());
      await context.close();
    }
    expect(found[0]).toHaveLength(5);
    for (const list of found) expect(list).toEqual(found[0]);
  });

  it("says what each result is in the dictionary's words, from the stable kind the index stores", async () => {
    const { page, context } = await open('/search/?q=Kadhimi');
    await expect.poll(() => pageResults(page).count(), slow).toBeGreaterThan(0);
    const results = await page
      .locator('[data-search-page] [data-search-list] li')
      .evaluateAll((lis) => lis.map((li) => ({ kind: li.querySelector('a')?.dataset.searchResult ?? '', context: li.querySelector('p')?.textContent ?? '' })));
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(['briefing', 'recommendation']));
    for (const { kind, context: line } of results)
      expect(line.startsWith(`${enSearch[`search.kind.${kind as 'briefing' | 'recommendation'}`]} · `), line).toBe(true);
    await context.close();
  });

  it('keeps its no-JavaScript text and says why when the engine fails to arrive', async () => {
    const { page, context } = await open('/search/?q=sanctions', { blocked: '/pagefind/pagefind.js' });
    await expect.poll(() => page.locator('[data-search-page] [role="status"]').textContent()).toBe(enSearch['search.failed']);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.locator('#search-query').isVisible()).toBe(false);
    await context.close();
  });

  it('keeps the keyboard on a filter ticked with Space, and updates its count in place', async () => {
    const { page, context } = await open('/search/?q=sanctions');
    await expect.poll(() => pageResults(page).count(), slow).toBeGreaterThan(0);
    const box = page.getByRole('group', { name: 'Tag' }).getByLabel(/^Militias and armed factions/);
    await box.focus();
    const before = await pageResults(page).count();
    await page.keyboard.press('Space');
    await expect.poll(() => pageResults(page).count()).toBeLessThan(before);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.isChecked()).toBe(true);
    await context.close();
  });

  it('restores query and filters from the URL, and a filter narrows the results and goes into the URL', async () => {
    const { page, context } = await open('/search/?q=sanctions');
    await expect.poll(() => page.locator('#search-query').inputValue(), slow).toBe('sanctions');
    await expect.poll(() => pageResults(page).count()).toBeGreaterThan(0);
    const before = await pageResults(page).count();
    await page
      .getByRole('group', { name: 'Tag' })
      .getByLabel(/^Militias and armed factions/)
      .check();
    await expect.poll(() => pageResults(page).count()).toBeLessThan(before);
    expect(new URL(page.url()).searchParams.getAll('tag')).toEqual(['Militias and armed factions']);
    const narrowed = await targets(pageResults(page));

    const { page: again, context: second } = await open(`/search/${new URL(page.url()).search}`);
    await expect.poll(() => targets(pageResults(again)), slow).toEqual(narrowed);
    expect(
      await again
        .getByRole('group', { name: 'Tag' })
        .getByLabel(/^Militias and armed factions/)
        .isChecked(),
    ).toBe(true);
    await Promise.all([context.close(), second.close()]);
  });

  it("filters by proposer, counting a cited report's proposals as its own, and reads a shared analyst= URL as that filter", async () => {
    const contexts = (page: Page) =>
      page.locator('[data-search-page] [data-search-list] li').evaluateAll((lis) => lis.map((li) => li.querySelector('p')?.textContent ?? ''));
    const { recommendations, briefings } = readProposals(join(projectRoot, 'content'));
    const countOf = (name: string) => recommendations.filter((r) => r.proposerName === name).length;
    const names = [...new Set(recommendations.map((r) => r.proposerName))].sort((a, b) => a.localeCompare(b, 'en'));
    expect(names).toContain('Atlantic Council report');
    const { page, context } = await open('/search/');
    const proposer = page.getByRole('group', { name: 'Proposer' });
    await expect.poll(() => proposer.locator('label').allTextContents(), slow).toEqual(names.map((name) => `${name} (${countOf(name)})`));
    expect(await page.getByRole('group', { name: 'Analyst' }).count()).toBe(0);
    await proposer.getByLabel(/^Atlantic Council report/).check();
    await expect.poll(() => pageResults(page).count(), slow).toBe(countOf('Atlantic Council report'));
    expect(new URL(page.url()).searchParams.getAll('proposer')).toEqual(['Atlantic Council report']);
    const reporting = briefings.get('alaaldin-brookings-2020')!.title;
    for (const line of await contexts(page)) expect(line).toBe(`${enSearch['search.kind.recommendation']} · ${reporting} · Atlantic Council report`);

    const { page: shared, context: second } = await open('/search/?analyst=Ranj+Alaaldin');
    await expect.poll(() => pageResults(shared).count(), slow).toBe(countOf('Ranj Alaaldin'));
    expect(
      await shared
        .getByRole('group', { name: 'Proposer' })
        .getByLabel(/^Ranj Alaaldin/)
        .isChecked(),
    ).toBe(true);
    expect([...new URL(shared.url()).searchParams]).toEqual([['proposer', 'Ranj Alaaldin']]);
    for (const line of await contexts(shared)) expect(line).toMatch(/ · Ranj Alaaldin$/);
    await Promise.all([context.close(), second.close()]);
  });

  it('keeps a query from the URL as text, never markup', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const { page, context } = await open(`/search/?q=${encodeURIComponent(attack)}`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expect.poll(() => page.locator('#search-query').inputValue(), slow).toBe(attack);
    await expect.poll(() => page.locator('[data-search-page] [role="status"]').textContent()).toContain(attack);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('says that search needs JavaScript, and offers the lists, when scripts do not run', async () => {
    const { page, context } = await open('/search/', { javaScriptEnabled: false });
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    for (const name of ['All recommendations', 'Tags', 'Actors']) {
      expect(await page.locator('main').getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await page.locator('#search-query').isVisible()).toBe(false);
    await context.close();
  });
});

describe('landing from a search result', () => {
  /** Every highlight mark in the page's main text, with the character just before and after it. */
  const marks = (page: Page) =>
    page.locator('main').evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      let text = '';
      const spans: [number, number][] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // An editor's note marker ("1", "3.2") is raised after a word, not part of it.
        if (node.parentElement?.closest('sup[data-mend]')) continue;
        const data = (node as Text).data;
        if (node.parentElement?.closest('mark.pagefind-highlight')) spans.push([text.length, text.length + data.length]);
        text += data;
      }
      return spans.map(([start, end]) => ({ before: text[start - 1] ?? '', word: text.slice(start, end), after: text[end] ?? '' }));
    });

  it('marks whole words only, without the punctuation around them', async () => {
    const { page, context } = await open(`/search/?q=${encodeURIComponent('the crowd')}`);
    await pageResults(page).and(page.locator('[data-search-result="briefing"]')).first().click(slow);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/briefings\/[^/]+\/$/);
    await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(0);
    // No letter or digit just outside a mark, nor punctuation at its edges: "ra[the]r" and "[crowd,]" fail.
    for (const { before, word, after } of await marks(page))
      expect(`${before}[${word}]${after}`).toMatch(/^[^\p{L}\p{N}]?\[[\p{L}\p{N}](.*[\p{L}\p{N}])?\][^\p{L}\p{N}]?$/u);
    await context.close();
  });

  it("marks the actor's printed name when an alias found the result, and keeps the marks when a Contents entry is followed", async () => {
    const { page, context } = await open('/');
    await page.locator('#site-search').fill('Kazemi');
    await headerResults(page).and(page.locator('[data-search-result="recommendation"]')).first().click(slow);
    await expect.poll(() => new URL(page.url()).hash).not.toBe('');
    const landed = new URL(page.url()).hash;
    const section = page.locator(landed);
    await expect.poll(() => section.locator('mark.pagefind-highlight').allTextContents()).toContain('al-Kadhimi');

    const total = (await marks(page)).length;
    await page.evaluate(() => ((window as unknown as { landed: boolean }).landed = true));
    // A recommendation's entry links to it by path and anchor, not by the anchor alone.
    const other = page.locator(`[data-contents] a[href^="/"][href*="#"]:not([href$="${landed}"])`).last();
    const otherHash = new URL((await other.getAttribute('href'))!, page.url()).hash;
    await other.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(otherHash);
    expect(await page.evaluate(() => (window as unknown as { landed?: boolean }).landed)).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('highlight')).toContain('al-Kadhimi');
    expect((await marks(page)).length).toBe(total);
    await context.close();
  });
});

describe('under a sub-path', () => {
  it('searches, links and highlights with the base path', async () => {
    const variant = await serveStatic({ root: inject('variantDir'), port: 0, base: VARIANT.base });
    try {
      const requested: string[] = [];
      const { page, context } = await open(VARIANT.base, { server: variant, requested });
      await page.locator('#site-search').fill(VARIANT.alias);
      await expect.poll(() => headerResults(page).and(page.locator('[data-search-result="recommendation"]')).count()).toBe(5);
      await headerResults(page).first().click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(`${VARIANT.base}briefings/alaaldin-brookings-2020/`);
      expect(new URL(page.url()).hash).not.toBe('');
      // The landing page loads the highlighter from under the base path, and it marks the name.
      await expect.poll(() => page.locator('main mark.pagefind-highlight').count()).toBeGreaterThan(0);
      expect(requested.some((p) => p.startsWith(VARIANT.base) && p.includes('/_astro/highlight'))).toBe(true);
      expect(new URL(page.url()).searchParams.get('highlight')).not.toBeNull();
      await context.close();
    } finally {
      await variant.close();
    }
  });
});
