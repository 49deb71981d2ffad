import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { stripIndexMarkup, writeSearchIndex } from '../../src/integrations/search-index';

async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'index-'));
  for (const [name, html] of Object.entries(pages)) await writeFile(join(dir, name), html);
  return dir;
}

describe('search index step', () => {
  it('indexes marked pages, under the URL a page asks for', async () => {
    const dir = await site({
      'a.html': '<html lang="en"><body><main data-pagefind-body data-search-url="/briefings/b/#a"><h1>A</h1><p>Alpha</p></main></body></html>',
      'b.html': '<html lang="en"><body><main data-pagefind-body><h1>B</h1><p>Beta</p></main></body></html>',
      'list.html': '<html lang="en"><body><main><h1>List</h1></main></body></html>',
    });
    expect(await writeSearchIndex(dir)).toEqual({ pages: 2 });
    expect(await readdir(join(dir, 'pagefind'))).toContain('pagefind.js');
    // Published pages keep none of the indexer's markup.
    expect(await readFile(join(dir, 'a.html'), 'utf8')).toBe('<html lang="en"><body><main><h1>A</h1><p>Alpha</p></main></body></html>');
  });

  it('fails, so the build fails, when no page is marked for search', async () => {
    const dir = await site({ 'index.html': '<html lang="en"><body><h1>Nothing marked</h1></body></html>' });
    await expect(writeSearchIndex(dir)).rejects.toThrow('no page is marked for search (data-pagefind-body)');
  });

  it('strips only the indexer\'s markup', () => {
    const html =
      '<head><meta data-pagefind-filter="tag[content]" content="Sanctions"><meta data-pagefind-meta="aliases[content]" content="A = b"><meta name="description" content="x"></head>' +
      '<body><article data-pagefind-body><div data-pagefind-ignore="all" class="x"><p data-pagefind-ignore>y</p></div><div data-search-url="/b/#r" data-pagefind-bodyish="1">z</div></article></body>';
    expect(stripIndexMarkup(html)).toBe(
      '<head><meta name="description" content="x"></head><body><article><div class="x"><p>y</p></div><div data-pagefind-bodyish="1">z</div></article></body>',
    );
  });
});
