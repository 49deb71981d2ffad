/**
 * Builds the Pagefind index as the last step of `astro build`, through Pagefind's Node API, so one
 * command builds the site and its search, and an indexing error fails the build.
 *
 * Records: a briefing page indexes its narrative (its recommendation sections are ignored there),
 * and each recommendation page is indexed once, under the URL of its section in the briefing
 * (`data-search-url`), so a hit lands on the paragraph and a tag filter means "recommendations
 * with this tag". Nothing else carries `data-pagefind-body`, so lists and navigation stay out.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { inBatches } from '../lib/batches.ts';

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
function pageUrl(dir: string, file: string): string {
  return '/' + relative(dir, file).split(sep).join('/').replace(/index\.html$/, '');
}

export async function writeSearchIndex(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let indexed = 0;
  try {
    const names = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html')).sort();
    const add = async (name: string, content: string, url: string) => {
      // The inlined stylesheet is over half of each page and nothing Pagefind reads.
      const added = await index.addHTMLFile({ url, content: content.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '') });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${name}: ${added.errors.join('; ')}`);
      indexed++;
    };
    const strip = async (name: string, content: string) => {
      const lean = stripIndexMarkup(content);
      if (lean !== content) await writeFile(join(dir, name), lean);
    };
    // Recommendation records go in first: where scores tie (a name matched only through its
    // aliases), Pagefind keeps insertion order, so the recommendation about it ranks first.
    // Files go through in batches, so the indexer and the disk work at once and memory stays flat.
    const briefings: string[] = [];
    await inBatches(names, async (batch) => {
      const pages = await Promise.all(batch.map(async (name) => ({ name, content: await readFile(join(dir, name), 'utf8') })));
      await Promise.all(
        pages.map(async ({ name, content }) => {
          const url = SEARCH_URL.exec(content)?.[1];
          if (url) await add(name, content, url);
          else if (content.includes('data-pagefind-body')) return briefings.push(name);
          await strip(name, content);
        }),
      );
    });
    await inBatches(briefings, async (batch) => {
      const pages = await Promise.all(batch.map(async (name) => ({ name, content: await readFile(join(dir, name), 'utf8') })));
      await Promise.all(pages.map(({ name, content }) => add(name, content, pageUrl(dir, join(dir, name)))));
      await Promise.all(pages.map(({ name, content }) => strip(name, content)));
    });
    if (indexed === 0) throw new Error('no page is marked for search (data-pagefind-body)');
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return { pages: indexed };
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'briefing-room:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Indexed ${pages} records for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
