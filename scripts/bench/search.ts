/**
 * The search part of `npm run bench`, in Debian's Chromium against a built site: time from the last
 * keystroke to the first rendered result, and the bytes a first and a following search fetch,
 * counted at the server (Pagefind loads its index from a Web Worker, which a page log would miss).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../build/serve.ts';

const QUERIES = ['Kadhimi', 'sanctions', 'Kurdish card', 'IMF', 'militias', 'الكاظمي', 'leverage', 'Suleimani', 'guarantees'];

const gzipped = new Map<string, number>();
const gzipSize = (file: string) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipped.get(file)!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Types a query into the header box and returns ms from its last keystroke to results on screen.
 * Cold: the whole query arrives at once right after focus, so loading the engine is included.
 */
async function typeAndTime(page: Page, query: string, cold = false): Promise<number> {
  const input = page.locator('#site-search');
  if (!cold) {
    await input.fill(query.slice(0, -1));
    await page.waitForTimeout(150);
  }
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey?: number; __rendered?: number };
    w.__lastKey = undefined;
    w.__rendered = undefined;
    const list = document.querySelector('#site-search-panel [data-search-list]')!;
    // The keystroke's input event, caught before the search box's own handler sees it.
    document.addEventListener('input', () => (w.__lastKey = performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (w.__lastKey !== undefined && list.children.length > 0) {
        w.__rendered = performance.now();
        observer.disconnect();
      }
    }).observe(list, { childList: true });
  });
  if (cold) await input.fill(query);
  else await page.keyboard.type(query.slice(-1));
  await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered !== undefined, null, { timeout: 5000 });
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __rendered: number };
    return w.__rendered - w.__lastKey;
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function benchSearch(dist: string): Promise<void> {
  let served: string[] = [];
  const server = await serveStatic({ root: dist, port: 0, compress: true, onServed: (file) => served.push(file) });
  const browser = await launchChromium();
  try {
    // Bytes: a reader opens a briefing, reads, then searches twice.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}briefings/alaaldin-brookings-2020/`);
    await page.waitForLoadState('networkidle');
    const reading = served.reduce((sum, f) => sum + gzipSize(f), 0);
    served = [];
    await page.locator('#site-search').focus();
    await page.locator('#site-search').pressSequentially('Kadhimi', { delay: 60 });
    await page.locator('#site-search-panel a[data-search-result]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const first = [...served];
    served = [];
    await page.locator('#site-search').fill('');
    await page.locator('#site-search').pressSequentially('sanctions', { delay: 60 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const following = [...served];
    await context.close();

    const sum = (files: string[]) => files.reduce((total, f) => total + gzipSize(f), 0);
    const byKind = (files: string[]) => {
      const kinds: Record<string, number> = {};
      for (const f of files) {
        const kind = !f.includes('/pagefind/') ? 'interface' : /\.(js|pagefind)$/.test(f) ? 'engine' : 'index';
        kinds[kind] = (kinds[kind] ?? 0) + gzipSize(f);
      }
      return Object.entries(kinds)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ');
    };

    // Latency: a fresh page per query; the reader focuses the box, then types.
    const times: number[] = [];
    for (const query of QUERIES) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(`${server.url}briefings/hannah-foreign-policy-2020/`);
      await p.locator('#site-search').focus();
      await p.waitForTimeout(400);
      times.push(await typeAndTime(p, query));
      await ctx.close();
    }

    const cold: number[] = [];
    for (const query of QUERIES.slice(0, 5)) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(`${server.url}briefings/hannah-foreign-policy-2020/`);
      await p.locator('#site-search').focus();
      cold.push(await typeAndTime(p, query, true));
      await ctx.close();
    }

    const pagefindDir = join(dist, 'pagefind');
    const allIndex = readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' })
      .map((f) => join(pagefindDir, f))
      .filter((f) => statSync(f).isFile());
    const indexOnly = allIndex.filter((f) => !/pagefind-(component-|modular-)?ui\.(js|css)$/.test(f));

    console.log('\nSearch (Chromium, site served on 127.0.0.1; gzip level 9, counted at the server):');
    console.log(`  reading a briefing, before searching:   ${kb(reading)}`);
    console.log(`  first search ("Kadhimi"):             ${kb(sum(first))} in ${first.length} requests (${byKind(first)})`);
    console.log(`  following search ("sanctions"):       ${kb(sum(following))} in ${following.length} requests`);
    console.log(
      `  last keystroke → first result:         median ${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length} queries`,
    );
    console.log(
      `  same, query pasted on focus (cold):     median ${median(cold).toFixed(0)} ms, max ${Math.max(...cold).toFixed(0)} ms over ${cold.length} queries`,
    );
    if (process.env.BENCH_VERBOSE) for (const f of first) console.log(`    ${kb(gzipSize(f)).padStart(9)}  ${f.slice(dist.length)}`);
    console.log(
      `  index on disk:                          ${kb(indexOnly.reduce((t, f) => t + statSync(f).size, 0))} raw, ${indexOnly.length} files (Pagefind's unused UI bundles excluded)`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
