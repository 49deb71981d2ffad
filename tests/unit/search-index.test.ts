import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, loadedBundleFiles, recordsFirst, stripIndexMarkup } from '../../src/integrations/search-index';

/** Hands pages to the search step as the post-build walk does, and writes the index into a new folder. */
async function index(pages: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'index-'));
  const search = await createSearchIndex();
  try {
    const published = Object.fromEntries(Object.entries(pages).map(([file, html]) => [file, search.page(html, file)]));
    await search.settle();
    return { dir, published, result: await search.finish(dir) };
  } finally {
    await search.close();
  }
}

describe('search index step', () => {
  it('indexes marked pages, under the URL a page asks for, and hands them back without its markup', async () => {
    const { dir, published, result } = await index({
      'recommendations/a/index.html':
        '<html lang="en"><body><main data-pagefind-body data-search-url="/briefings/b/#a"><h1>A</h1><p>Alpha</p></main></body></html>',
      'briefings/b/index.html': '<html lang="en"><body><main data-pagefind-body><h1>B</h1><p>Beta</p></main></body></html>',
      'list/index.html': '<html lang="en"><body><main><h1>List</h1></main></body></html>',
    });
    expect(result).toEqual({ pages: 2 });
    expect(published['recommendations/a/index.html']).toBe('<html lang="en"><body><main><h1>A</h1><p>Alpha</p></main></body></html>');
    // Only what src/client/search/pagefind.ts loads: no UI bundles, no worker, no highlighter (ours marks whole words).
    const files = await readdir(join(dir, 'pagefind'));
    expect(files.filter((f) => !['fragment', 'index', 'filter'].includes(f)).sort()).toEqual([
      'pagefind-entry.json',
      expect.stringMatching(/^pagefind\.en_[0-9a-f]+\.pf_meta$/),
      'pagefind.js',
      'wasm.en.pagefind',
    ]);
  });

  it('refuses a recommendation record after a briefing record, which would rank the briefing first on a tie', async () => {
    await expect(
      index({
        'briefings/b/index.html': '<html lang="en"><body><main data-pagefind-body><p>Beta</p></main></body></html>',
        'recommendations/a/index.html': '<html lang="en"><body><main data-pagefind-body data-search-url="/briefings/b/#a"><p>Alpha</p></main></body></html>',
      }),
    ).rejects.toThrow(/recommendation records must go in first/);
  });

  it('puts recommendation pages first in the walk', () => {
    expect(recordsFirst(['actors/x/index.html', 'briefings/b/index.html', 'recommendations/a/index.html', 'tags/t/index.html'])).toEqual([
      'recommendations/a/index.html',
      'actors/x/index.html',
      'briefings/b/index.html',
      'tags/t/index.html',
    ]);
  });

  it('keeps the WebAssembly of each indexed language, or the generic one for a language without its own', () => {
    const keep = loadedBundleFiles({ languages: { en: { hash: 'en_1', wasm: 'en' }, tlh: { hash: 'tlh_2', wasm: null } } });
    expect([...keep].filter((f) => /wasm|pf_meta/.test(f)).sort()).toEqual([
      'pagefind.en_1.pf_meta',
      'pagefind.tlh_2.pf_meta',
      'wasm.en.pagefind',
      'wasm.unknown.pagefind',
    ]);
  });

  it('fails, so the build fails, when no page is marked for search', async () => {
    await expect(index({ 'index.html': '<html lang="en"><body><h1>Nothing marked</h1></body></html>' })).rejects.toThrow(
      'no page is marked for search (data-pagefind-body)',
    );
  });

  it("strips only the indexer's markup", () => {
    const html =
      '<head><meta data-pagefind-filter="tag[content]" content="Sanctions"><meta data-pagefind-meta="aliases[content]" content="A = b"><meta name="description" content="x"></head>' +
      '<body><article data-pagefind-body><div data-pagefind-ignore="all" class="x"><p data-pagefind-ignore>y</p></div><div data-search-url="/b/#r" data-pagefind-bodyish="1">z</div></article></body>';
    expect(stripIndexMarkup(html)).toBe(
      '<head><meta name="description" content="x"></head><body><article><div class="x"><p>y</p></div><div data-pagefind-bodyish="1">z</div></article></body>',
    );
  });
});
