/**
 * The sitemap is derived from the built routes: every page a reader can land on is in it, paginated
 * lists included, and no redirect (the old URL of a renamed entry) or 404. Checked on both builds:
 * the variant is built under a sub-path, with lists in pages of VARIANT.pageSize and one redirect.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { VARIANT } from '../support/global-setup';
import { htmlFiles, sitePathOf } from '../support/dist';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

/** The site paths the sitemap lists (base included), read from robots.txt → index → sitemaps. */
function sitemapPaths(dir: string, base: string): string[] {
  const index = /^Sitemap: (\S+)$/m.exec(readFileSync(join(dir, 'robots.txt'), 'utf8'))?.[1];
  expect(index, 'robots.txt names the sitemap').toBeDefined();
  const file = (url: string) => join(dir, new URL(url).pathname.slice(base.length));
  expect(new URL(index!).pathname.startsWith(base)).toBe(true);
  expect(existsSync(file(index!)), `${index} is built`).toBe(true);
  const sitemaps = locs(readFileSync(file(index!), 'utf8'));
  expect(sitemaps.length).toBeGreaterThan(0);
  return sitemaps.flatMap((sitemap) => locs(readFileSync(file(sitemap), 'utf8')).map((url) => new URL(url).pathname)).sort();
}

const isRedirect = (file: string) => readFileSync(file, 'utf8').includes('data-moved-to');

describe.each([
  ['the site', 'siteDir', '/'],
  [`the variant (under ${VARIANT.base}, paginated, with a redirect)`, 'variantDir', VARIANT.base],
] as const)('sitemap of %s', (_, name, base) => {
  it('lists exactly the pages a reader can land on: every index.html but redirects', () => {
    const dir = inject(name);
    const pages = htmlFiles(dir)
      .filter((file) => file.endsWith('index.html') && !isRedirect(file))
      .map((file) => base + sitePathOf(dir, file).slice(1))
      .sort();
    expect(sitemapPaths(dir, base)).toEqual(pages);
  });
});

describe('sitemap of the variant', () => {
  const dir = () => inject('variantDir');

  it('includes the pages of paginated lists', () => {
    const listed = sitemapPaths(dir(), VARIANT.base);
    expect(existsSync(join(dir(), 'recommendations/page/2/index.html'))).toBe(true);
    expect(listed).toContain(`${VARIANT.base}recommendations/page/2/`);
    expect(listed).toContain(`${VARIANT.base}briefings/`);
  });

  it('leaves out the old URL of a renamed recommendation, and the 404', () => {
    const old = join(dir(), 'recommendations', VARIANT.renamed.formerId, 'index.html');
    expect(isRedirect(old)).toBe(true);
    const listed = sitemapPaths(dir(), VARIANT.base);
    expect(listed).not.toContain(`${VARIANT.base}recommendations/${VARIANT.renamed.formerId}/`);
    expect(listed).toContain(`${VARIANT.base}recommendations/${VARIANT.renamed.id}/`);
    expect(listed.filter((path) => path.includes('404'))).toEqual([]);
  });
});
