/**
 * Everything `astro build` does after Astro has written the pages, as named steps in a fixed order:
 * previews, then the search index, the page stylesheets, then the security headers. The built pages
 * are read in batches (memory stays flat at thousands of pages), and each goes through the steps in
 * that order: the search step strips its markup, and the headers step hashes the page as it is
 * published. A step that must see every page before it changes one (the stylesheets, cut per kind
 * of page) learns from a first walk.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteModel } from '../graph/graph.ts';
import { inBatches } from '../lib/batches.ts';
import { publishPreviews } from '../previews/preview-step.ts';
import { CACHE_DIR } from '../site.config.ts';
import { createPageStyles } from './page-styles.ts';
import { createSearchIndex, recordsFirst } from './search-index.ts';
import { createSecurityHeaders } from './security-headers.ts';
import { loadBuiltSite } from './site-content.ts';

export interface PostBuildStep {
  name: string;
  /** Sees every built page (and the site's scripts, by file name) before any page is changed. */
  learn?(html: string, file: string): void;
  /** Sees each built page once, in walk order, and returns it as it is to be published. */
  page?(html: string, file: string): string;
  /** Waits for work `page` started, after each batch. */
  settle?(): Promise<void>;
  /** Runs after the walk; resolves to the line the build log shows. */
  finish(dir: string): Promise<string>;
  close?(): Promise<void>;
}

/** The steps, in the order they run. */
export async function postBuildSteps(site: () => Promise<SiteModel>): Promise<PostBuildStep[]> {
  const search = await createSearchIndex();
  const headers = createSecurityHeaders();
  const styles = createPageStyles(CACHE_DIR);
  return [
    {
      name: 'previews',
      finish: async (dir) => {
        const { drawn, reused } = await publishPreviews(dir, await site());
        return `Preview images: ${drawn} drawn, ${reused} from the cache`;
      },
    },
    {
      name: 'search index',
      page: search.page,
      settle: search.settle,
      finish: async (dir) => `Indexed ${(await search.finish(dir)).pages} records for search`,
      close: search.close,
    },
    {
      name: 'page stylesheets',
      learn: (code, file) => (file.endsWith('.js') ? styles.scripts(code) : styles.learn(code, file)),
      page: styles.page,
      finish: async () => {
        const { kinds, full, largest } = await styles.finish();
        return `Page stylesheets: ${kinds} kinds of page, each cut from ${(full / 1024).toFixed(1)} KB to at most ${(largest / 1024).toFixed(1)} KB`;
      },
    },
    {
      name: 'security headers',
      page: headers.page,
      finish: async (dir) => {
        const { scripts, styles } = await headers.finish(dir);
        return `Completed _headers: CSP with ${scripts.length} script and ${styles.length} style hashes`;
      },
    },
  ];
}

/** Walks the built pages once through the steps, then finishes each step in order; returns one log line per step. */
export async function runPostBuild(dir: string, steps: PostBuildStep[], log: (line: string) => void): Promise<void> {
  const spent = new Map(steps.map((step) => [step, 0]));
  const timed = async <T>(step: PostBuildStep, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      spent.set(step, spent.get(step)! + performance.now() - started);
    }
  };
  const timedSync = (step: PostBuildStep, work: () => void): void => {
    const started = performance.now();
    work();
    spent.set(step, spent.get(step)! + performance.now() - started);
  };
  try {
    const all = (await readdir(dir, { recursive: true, encoding: 'utf8' })).sort();
    const files = recordsFirst(all.filter((file) => file.endsWith('.html')));
    const learners = steps.filter((step) => step.learn);
    if (learners.length > 0) {
      // Scripts first: what they may add to a page is known before the pages are.
      const scripts = all.filter((file) => file.startsWith('_astro') && file.endsWith('.js'));
      await inBatches([...scripts, ...files], async (batch) => {
        const read = await Promise.all(batch.map(async (file) => ({ file, code: await readFile(join(dir, file), 'utf8') })));
        for (const { file, code } of read) for (const step of learners) timedSync(step, () => step.learn!(code, file));
      });
    }
    await inBatches(files, async (batch) => {
      const pages = await Promise.all(batch.map(async (file) => ({ file, read: await readFile(join(dir, file), 'utf8') })));
      const published = pages.map(({ file, read }) => ({ file, read, html: read }));
      for (const page of published) {
        for (const step of steps) if (step.page) page.html = await timed(step, () => step.page!(page.html, page.file));
      }
      for (const step of steps) if (step.settle) await timed(step, () => step.settle!());
      await Promise.all(published.filter((page) => page.html !== page.read).map((page) => writeFile(join(dir, page.file), page.html)));
    });
    for (const step of steps) {
      const line = await timed(step, () => step.finish(dir));
      log(`${line} in ${Math.round(spent.get(step)!)} ms`);
    }
  } finally {
    for (const step of steps) await step.close?.();
  }
}

export default function postBuild(): AstroIntegration {
  return {
    name: 'briefing-room:post-build',
    hooks: {
      // Read while Astro renders; a content problem surfaces when the previews step awaits it.
      'astro:build:start': () => void loadBuiltSite().catch(() => {}),
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await runPostBuild(outDir, await postBuildSteps(loadBuiltSite), (line) => logger.info(line));
      },
    },
  };
}
