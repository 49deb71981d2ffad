/**
 * The Content-Security-Policy in dist/_headers is one the site satisfies: every page kind and every
 * interactive part (search, filters, highlights, copy, theme) runs under it with no violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser';
import { PAGE_KINDS } from '../support/site-server';
import { serveStatic } from '../../scripts/build/serve';
import { inject } from 'vitest';

const session = useBrowserAndSite(() => serveStatic({ root: inject('siteDir'), port: 0, headers: true }));

async function openWatched(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; policy: string }> {
  const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`));
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  const response = await page.goto(new URL(path.replace(/^\//, ''), session.site.url).href);
  return {
    page,
    policy: response?.headers()['content-security-policy'] ?? '',
    violations: async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...console],
  };
}

describe('the Content-Security-Policy', () => {
  it('is sent with the pages, hashes included, and blocks a script the site did not ship', async () => {
    const { page, policy, violations } = await openWatched('/');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    expect(policy).toMatch(/style-src 'self' 'sha256-/);
    await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await expect.poll(violations).toContainEqual(expect.stringContaining('script-src'));
    await page.context().close();
  });

  it.each(Object.entries(PAGE_KINDS))('%s renders with no violation', async (_, path) => {
    const { page, violations } = await openWatched(path);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('lets search, filters, highlights, copy and the theme button work with no violation', async () => {
    const { page, violations } = await openWatched('/');
    await page.keyboard.press('/');
    await page.keyboard.type('sanctions');
    await page.locator('#site-search-panel a[data-search-result]').first().click();
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await page
      .locator('section.recommendation')
      .first()
      .getByRole('link', { name: /^Copy link/ })
      .click();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.goto(new URL('search/?q=Kazemi', session.site.url).href);
    await page.getByRole('group', { name: 'Tag' }).getByRole('checkbox').first().check();
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
