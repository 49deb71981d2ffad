/**
 * What a shared link shows and promises, read from the built site: previews as a real unfurler
 * sees them (open-graph-scraper), preview images of the stated size, JSON-LD, the permalink
 * registry, the exports and the feed (the sitemap: sitemap.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import ogs from 'open-graph-scraper';
import { describe, expect, inject, it } from 'vitest';
import { z } from 'astro/zod';
import { RecommendationsExport } from '../../src/lib/exports';
import { SITE_URL } from '../../src/site.config';
import { projectRoot } from '../support/build-site';
import { VARIANT } from '../support/global-setup';
import { htmlFiles, pageFile, readPage, sitePathOf, textOf } from '../support/dist';

const dist = inject('siteDir');
const exported = RecommendationsExport.parse(JSON.parse(readFileSync(join(dist, 'recommendations.json'), 'utf8')));
const recommendationIds = exported.recommendations.map((r) => r.id);
const briefingIds = [...new Set(exported.recommendations.map((r) => r.briefing.id))];

/** An absolute URL of this build as a file in dist/. */
const fileOfUrl = (url: string) => pageFile(dist, new URL(url).pathname);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function unfurl(sitePath: string) {
  const html = readFileSync(pageFile(dist, sitePath), 'utf8');
  const { result, error } = await ogs({ html });
  expect(error).toBe(false);
  return result;
}

describe('link previews', () => {
  it.each(recommendationIds)('recommendation %s unfurls with title, description and an image of the stated size', async (id) => {
    const result = await unfurl(`/recommendations/${id}/`);
    const page = readPage(dist, `/recommendations/${id}/`);
    // The page's heading is what is recommended, which unfurls as the description; the title names it.
    const rec = exported.recommendations.find((r) => r.id === id)!;
    expect(result.ogTitle).toBe(rec.title);
    expect(result.ogDescription).toBe(rec.summary);
    // The page curls the data's straight apostrophes.
    expect(textOf(page.querySelector('h1'))).toBe(rec.summary.replace(/'/g, '’'));
    expect(result.ogType).toBe('article');
    expect(result.ogUrl).toBe(page.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(new URL(result.ogUrl!).pathname).toBe(`/recommendations/${id}/`);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage?.[0];
    expect(image?.url).toMatch(/^https?:\/\//);
    expect(pngSize(fileOfUrl(image!.url))).toEqual({ width: Number(image?.width), height: Number(image?.height) });
    expect([image?.width, image?.height].map(Number)).toEqual([1200, 630]);
    expect(page.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toContain(result.ogTitle!);
  });

  it.each(briefingIds)('briefing %s unfurls too', async (id) => {
    const result = await unfurl(`/briefings/${id}/`);
    expect(result.ogTitle).toBe(textOf(readPage(dist, `/briefings/${id}/`).querySelector('h1')));
    expect(pngSize(fileOfUrl(result.ogImage![0]!.url))).toEqual({ width: 1200, height: 630 });
  });

  it('gives every page a canonical URL (the 404 page none) and a preview', async () => {
    expect(readPage(dist, '/404.html').querySelector('link[rel="canonical"]')).toBeNull();
    for (const file of htmlFiles(dist).filter((f) => !f.endsWith('/404.html'))) {
      const page = readPage(dist, sitePathOf(dist, file));
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, file).toBe(new URL(sitePathOf(dist, file), SITE_URL).href);
      const image = page.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(() => readFileSync(fileOfUrl(image)), `${file}: ${image}`).not.toThrow();
    }
  });

  it("describes briefings and recommendations in JSON-LD as this site's work, based on the translation of the original", () => {
    const jsonLd = (path: string) => JSON.parse(readPage(dist, path).querySelector('script[type="application/ld+json"]')?.textContent ?? 'null');
    const us = { '@type': 'Organization', name: 'Briefing Room' };
    expect(jsonLd('/briefings/hannah-foreign-policy-2020/')).toMatchObject({
      '@type': 'Article',
      headline: 'The strategic dialogue may be the last chance to save the US–Iraq partnership',
      author: us,
      publisher: us,
      isBasedOn: {
        description: 'English machine translation of a summary in Arabic',
        translationOfWork: {
          description: 'Summary by an outlet the text does not name',
          isBasedOn: {
            author: { '@type': 'Person', name: 'John Hannah' },
            publisher: { '@type': 'Organization', name: 'Foreign Policy' },
            datePublished: '2020-05',
          },
        },
      },
    });
    expect(jsonLd('/recommendations/tehran-should-restrain-its-iraqi-agents/')).toMatchObject({
      '@type': 'CreativeWork',
      name: 'Tehran should restrain its Iraqi agents',
      author: us,
      publisher: us,
      isPartOf: { '@type': 'Article', headline: 'Six options for Washington to “reset its relationship” with Baghdad' },
      citation: { '@type': 'Report', name: 'The future of US-Iraq relations', publisher: { name: 'Atlantic Council' }, datePublished: '2020-04-27' },
    });
  });
});

describe('permalinks', () => {
  it('produces every URL in the registry', () => {
    const registry: string[] = JSON.parse(readFileSync(join(projectRoot, 'content/permalinks.json'), 'utf8'));
    expect(registry.length).toBeGreaterThanOrEqual(15);
    for (const url of registry) expect(() => readFileSync(pageFile(dist, url)), url).not.toThrow();
  });

  it('offers a copy-link control and a citation on every recommendation', () => {
    for (const id of recommendationIds) {
      const page = readPage(dist, `/recommendations/${id}/`);
      // Copy link and the citations give one address: the canonical one.
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(page.querySelector(`a[data-copy-link="${canonical}"][href="/recommendations/${id}/"]`), id).not.toBeNull();
      const plain = textOf(page.getElementById('cite-plain'));
      expect(plain).toContain(`, ${canonical}.`);
      expect(plain).not.toMatch(/\[date\]|month only|provenance record|as reported by/);
      expect(page.querySelector('#cite-plain [data-accessed]')).not.toBeNull();
      expect(textOf(page.getElementById('cite-bibtex'))).toMatch(/^@misc\{[a-z]+2020[a-z]+, author = /);
      expect(textOf(page.getElementById('cite-bibtex'))).toContain(`url = {${canonical}}`);
    }
    const briefing = readPage(dist, '/briefings/alaaldin-brookings-2020/');
    expect(briefing.querySelectorAll('section.recommendation')).toHaveLength(8);
    for (const section of briefing.querySelectorAll('section.recommendation')) {
      expect(section.querySelector(`a[data-copy-link$="/recommendations/${section.id}/"][href="/recommendations/${section.id}/"]`), section.id).not.toBeNull();
      expect(section.querySelector(`a[href="#${section.id}"]`), `anchor link for ${section.id}`).not.toBeNull();
    }
  });
});

describe('a renamed entry (the variant build, under a sub-path)', () => {
  const variant = inject('variantDir');
  const { id, formerId, briefing } = VARIANT.renamed;

  it('keeps the preview image at its old URL, the same image as at the new one', () => {
    const image = (name: string) => readFileSync(join(variant, 'og/recommendations', `${name}.png`));
    expect(image(formerId).equals(image(id))).toBe(true);
    expect(pngSize(join(variant, 'og/recommendations', `${formerId}.png`))).toEqual({ width: 1200, height: 630 });
  });

  it('redirects from its old URL by script, and by a meta refresh that only readers without JavaScript follow', () => {
    const page = readPage(variant, `/recommendations/${formerId}/`);
    const to = `${VARIANT.base}recommendations/${id}/`;
    // page.ts follows this link, keeping the query and fragment.
    expect(page.querySelector('main a[data-moved-to]')?.getAttribute('href')).toBe(to);
    const refresh = page.querySelectorAll('meta[http-equiv="refresh"]');
    expect(refresh).toHaveLength(1);
    expect(refresh[0]?.parentElement?.localName).toBe('noscript');
    expect(refresh[0]?.parentElement?.parentElement?.localName).toBe('head');
    expect(refresh[0]?.getAttribute('content')).toBe(`0; url=${to}`);
    // The old id still lands on the section in the briefing.
    expect(readPage(variant, `/briefings/${briefing}/`).getElementById(formerId)?.closest('section')?.id).toBe(id);
  });
});

describe('exports and feeds', () => {
  it('exports every recommendation as JSON that its published JSON Schema describes, each permalink built', () => {
    // One row per recommendation file in content/, whatever their number.
    const files = readdirSync(join(projectRoot, 'content/recommendations'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect([...recommendationIds].sort()).toEqual(
      files
        .map((f) =>
          f
            .split('/')
            .pop()!
            .replace(/\.mdx$/, ''),
        )
        .sort(),
    );
    for (const row of exported.recommendations) {
      expect(() => readFileSync(fileOfUrl(row.permalink)), row.permalink).not.toThrow();
      expect(() => readFileSync(fileOfUrl(row.briefing.url)), row.briefing.url).not.toThrow();
    }
    const schema = JSON.parse(readFileSync(join(dist, 'recommendations.schema.json'), 'utf8'));
    expect(schema).toEqual({ title: 'Briefing Room recommendations', ...z.toJSONSchema(RecommendationsExport) });
  });

  it('exports the same rows as CSV', () => {
    const lines = readFileSync(join(dist, 'recommendations.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,permalink,title,summary,briefing_id,briefing_title,analyst,proposer,tags,actors,relations');
    expect(lines.slice(1).map((line) => JSON.parse(`[${line.split('","')[0]}"]`)[0])).toEqual(recommendationIds);
  });

  it('publishes an RSS feed of briefings that every page points to', () => {
    const document = new DOMParser().parseFromString(readFileSync(join(dist, 'feed.xml'), 'utf8'), 'text/xml');
    const links = [...document.querySelectorAll('item > link')].map((l) => new URL(l.textContent ?? '').pathname);
    expect(links.sort()).toEqual(briefingIds.map((id) => `/briefings/${id}/`).sort());
    for (const file of htmlFiles(dist)) {
      expect(readPage(dist, sitePathOf(dist, file)).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), file).toBe(
        '/feed.xml',
      );
    }
  });
});
