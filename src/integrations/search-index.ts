/**
 * The search step of the post-build (src/integrations/post-build.ts): builds the Pagefind index
 * through Pagefind's Node API from the pages the walk hands it, so one command builds the site and
 * its search, and an indexing error fails the build.
 *
 * Records: a briefing page indexes its narrative (its recommendation sections are ignored there),
 * and each recommendation page is indexed once, under the URL of its section in the briefing
 * (`data-search-url`), so a hit lands on the paragraph and a tag filter means "recommendations
 * with this tag". Nothing else carries `data-pagefind-body`, so lists and navigation stay out.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';

const SEARCH_URL = /data-search-url="([^"]+)"/;

/**
 * Markup only the indexer reads (filters, metadata, what to index and where hits land), removed
 * from the published page once indexed: readers do not download it.
 */
export function stripIndexMarkup(html: string): string {
  return html
    .replace(/<meta data-pagefind-(?:filter|meta)="[^"]*" content="[^"]*">/g, '')
    .replace(/ data-pagefind-(?:body|ignore)(?:="[^"]*")?(?=[\s>])/g, '')
    .replace(/ data-search-url="[^"]*"/g, '');
}

/** The URL a built page answers at, without the base path (the search client adds it). */
function pageUrl(file: string): string {
  return (
    '/' +
    file
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '')
  );
}

/**
 * The order the search step wants pages in: recommendation pages first. Where scores tie (a name
 * matched only through its aliases), Pagefind keeps insertion order, so the recommendation about
 * it ranks above the briefing that mentions it. The step checks the order it is given.
 */
export function recordsFirst(files: readonly string[]): string[] {
  const isRecommendation = (file: string) => file.split(sep).join('/').startsWith('recommendations/');
  return [...files.filter(isRecommendation), ...files.filter((file) => !isRecommendation(file))];
}

/** The top-level files of Pagefind's bundle that src/client/search/pagefind.ts loads; its folders (fragment/, index/, filter/) are the index. */
export function loadedBundleFiles(entry: { languages: Record<string, { hash: string; wasm?: string | null }> }): Set<string> {
  const languages = Object.values(entry.languages);
  return new Set([
    'pagefind.js',
    'pagefind-entry.json',
    ...languages.map((language) => `pagefind.${language.hash}.pf_meta`),
    // pagefind.js loads the language's own WebAssembly, or the generic one when it has none.
    ...languages.map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`),
  ]);
}

/** Removes what Pagefind writes for its own UIs and its worker, which the site's search never loads. */
async function pruneBundle(bundle: string): Promise<void> {
  const keep = loadedBundleFiles(JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')));
  const files = (await readdir(bundle, { withFileTypes: true })).filter((item) => item.isFile() && !keep.has(item.name));
  await Promise.all(files.map((item) => rm(join(bundle, item.name))));
}

export interface SearchIndex {
  /** Indexes a page if it is marked for search (the indexing goes on in the background until `settle`); returns it without the indexer's markup. */
  page(html: string, file: string): string;
  /** Waits for the pages handed in so far to be indexed. */
  settle(): Promise<void>;
  /** Writes the index into `dir`/pagefind/. */
  finish(dir: string): Promise<{ pages: number }>;
  close(): Promise<void>;
}

export async function createSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let indexed = 0;
  let briefingSeen: string | undefined;
  let pending: Promise<void>[] = [];
  const add = async (file: string, html: string, url: string) => {
    // The inlined stylesheet is over half of each page and nothing Pagefind reads.
    const added = await index.addHTMLFile({ url, content: html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '') });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    indexed++;
  };
  return {
    page(html, file) {
      const url = SEARCH_URL.exec(html)?.[1];
      if (url && briefingSeen) throw new Error(`the search step got ${file} after ${briefingSeen}: recommendation records must go in first (see recordsFirst)`);
      if (url) pending.push(add(file, html, url));
      else if (html.includes('data-pagefind-body')) {
        briefingSeen ??= file;
        pending.push(add(file, html, pageUrl(file)));
      }
      // The records are sent in call order; the markup can go at once.
      return stripIndexMarkup(html);
    },
    async settle() {
      const batch = pending;
      pending = [];
      await Promise.all(batch);
    },
    async finish(dir) {
      if (indexed === 0) throw new Error('no page is marked for search (data-pagefind-body)');
      const bundle = join(dir, 'pagefind');
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      await pruneBundle(bundle);
      return { pages: indexed };
    },
    async close() {
      await Promise.allSettled(pending);
      await pagefind.close();
    },
  };
}
