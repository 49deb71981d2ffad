/**
 * Long lists are cut into pages: the sub-path build uses pages of VARIANT.pageSize, so each list's
 * pages must together hold exactly what the default build shows on one page, in the same order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { VARIANT } from '../support/global-setup';
import { readPage, textOf } from '../support/dist';

/** The recommendations (or briefings) a list page shows, by the links of their cards, base removed. */
function cardLinks(page: Document, base: string): string[] {
  return [...page.querySelectorAll('main article > :is(h2, h3, h4) > a')].map((a) => '/' + a.getAttribute('href')!.slice(base.length));
}

/** Follows rel=next from a list's first page, checking each page's numbering on the way. */
function walk(dir: string, base: string, listPath: string): { pages: Document[]; paths: string[] } {
  const pages: Document[] = [];
  const paths: string[] = [];
  let path: string | undefined = listPath;
  while (path) {
    paths.push(path);
    const page = readPage(dir, path);
    pages.push(page);
    const next = page.querySelector('nav a[rel="next"]')?.getAttribute('href');
    path = next ? '/' + next.slice(base.length) : undefined;
    expect(pages.length).toBeLessThan(50);
  }
  return { pages, paths };
}

const lists = ['/briefings/', '/recommendations/', '/tags/iran-influence/', '/tags/militias/', '/actors/mustafa-al-kadhimi/', '/actors/united-states/'];

describe('lists in pages', () => {
  it.each(lists)('%s: the pages together list what the one-page list does, in order, each once', (list) => {
    const whole = cardLinks(readPage(inject('siteDir'), list), '/');
    const { pages, paths } = walk(inject('variantDir'), VARIANT.base, list);
    expect(pages.flatMap((page) => cardLinks(page, VARIANT.base))).toEqual(whole);
    expect(pages.length).toBe(Math.max(1, Math.ceil(whole.length / VARIANT.pageSize)));
    expect(paths.slice(1)).toEqual(paths.slice(1).map((_, i) => `${list}page/${i + 2}/`));
  });

  it('numbers the pages, marks the current one, and links back with rel=prev', () => {
    const { pages, paths } = walk(inject('variantDir'), VARIANT.base, '/recommendations/');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      const nav = page.querySelector('nav[aria-label="Pages of this list"]')!;
      expect(textOf(nav.querySelector('[aria-current="page"]'))).toBe(`Page ${i + 1} ${i + 1}`);
      expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(i === 0 ? undefined : VARIANT.base + paths[i - 1]!.slice(1));
      expect(textOf(page.querySelector('h1'))).toBe(i === 0 ? 'All recommendations' : `All recommendations (page ${i + 1} of ${pages.length})`);
    });
    expect(textOf(pages[1]!.querySelector('nav[aria-label="Pages of this list"] p'))).toBe(`4–6 of 14`);
  });

  it("counts a tag's recommendations per proposer over the whole list, not just the page", () => {
    const first = readPage(inject('variantDir'), '/tags/iran-influence/');
    const whole = readPage(inject('siteDir'), '/tags/iran-influence/');
    expect(textOf(first.querySelector('main dl dd'))).toBe(textOf(whole.querySelector('main dl dd')));
  });

  it('leaves a list that fits on one page without page links or page/ folders', () => {
    expect(readPage(inject('siteDir'), '/recommendations/').querySelector('nav[aria-label="Pages of this list"]')).toBeNull();
    expect(existsSync(join(inject('siteDir'), 'recommendations', 'page'))).toBe(false);
  });
});
