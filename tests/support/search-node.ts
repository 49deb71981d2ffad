/**
 * Searches a built site's real Pagefind index from Node: the bundle is imported as a module and its
 * index files are fetched over loopback HTTP (Node's fetch cannot read file:// URLs).
 */
import { pathToFileURL } from 'node:url';
import { serveStatic, type StaticServer } from '../../scripts/build/serve';
import type { Pagefind, PagefindResult } from '../../src/client/search/pagefind';

export interface IndexSearch {
  search(term: string | null, filters?: Record<string, string[]>): Promise<PagefindResult[]>;
  close(): Promise<void>;
}

export async function openIndex(dir: string, base = '/'): Promise<IndexSearch> {
  const server: StaticServer = await serveStatic({ root: dir, port: 0, base });
  const pagefind = (await import(pathToFileURL(`${dir}/pagefind/pagefind.js`).href)) as Pagefind;
  await pagefind.options({ basePath: `${server.url}pagefind/`, baseUrl: base });
  await pagefind.init();
  return {
    async search(term, filters = {}) {
      const selected = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
      const response = await pagefind.search(term, { filters: selected });
      return Promise.all((response?.results ?? []).map((r) => r.data()));
    },
    close: () => server.close(),
  };
}
