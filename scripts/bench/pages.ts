/**
 * The reading part of `npm run bench`, in Debian's Chromium against a built site: what a first
 * visit to a page transfers (every response, counted at the server, by kind) and how many requests
 * it makes, and Lighthouse's mobile scores, LCP, TBT and CLS for a briefing and a recommendation.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { launchChromium } from '../../tests/support/browser.ts';
import { serveStatic } from '../build/serve.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const KIND: Record<string, string> = {
  '.html': 'HTML',
  '.css': 'CSS',
  '.js': 'JS',
  '.woff': 'fonts',
  '.woff2': 'fonts',
  '.png': 'images',
  '.svg': 'images',
  '.jpg': 'images',
  '.webp': 'images',
};

/** A port no one listens on now, for Chromium's DevTools endpoint. */
function freePort(): Promise<number> {
  return new Promise((done, failed) => {
    const server = createServer().once('error', failed);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export async function benchPages(dist: string, pages: Record<string, string>): Promise<void> {
  let served: string[] = [];
  // With the site's _headers, as a host serves it: its build assets are cached, its pages are not.
  const server = await serveStatic({ root: dist, port: 0, compress: true, headers: true, onServed: (file) => served.push(file) });
  try {
    const browser = await launchChromium();
    console.log('\nFirst visit in Chromium (every response counted at the server, gzip level 9; no search used):');
    for (const [name, path] of Object.entries(pages)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      served = [];
      await page.goto(new URL(path.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
      const byKind: Record<string, number> = {};
      for (const file of served) {
        const kind = KIND[extname(file)] ?? 'other';
        byKind[kind] = (byKind[kind] ?? 0) + gzipSync(readFileSync(file), { level: 9 }).length;
      }
      const total = Object.values(byKind).reduce((a, b) => a + b, 0);
      const parts = ['HTML', 'CSS', 'JS', 'fonts', 'images', 'other'].filter((k) => byKind[k]).map((k) => `${k} ${kb(byKind[k]!)}`);
      console.log(`  ${name.padEnd(16)} ${kb(total).padStart(8)} (${total} B) in ${served.length} requests (${parts.join(', ')})`);
      await context.close();
    }

    // A reader goes on from the briefing to one of its recommendations: what the second page costs.
    console.log("\nA further page in the same visit (the first one's files in the browser cache):");
    for (const [from, to] of [
      ['briefing', 'recommendation'],
      ['home', 'briefing'],
      ['recommendation', 'tag'],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(pages[from]!.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
      served = [];
      await page.goto(new URL(pages[to]!.replace(/^\//, ''), server.url).href, { waitUntil: 'networkidle' });
      const bytes = served.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
      const files = served.map((file) => extname(file)).join(', ');
      console.log(`  ${`${from} → ${to}`.padEnd(26)} ${kb(bytes).padStart(8)} (${bytes} B) in ${served.length} requests (${files})`);
      await context.close();
    }
    await browser.close();

    console.log('\nLighthouse (mobile, simulated throttling):');
    // Lighthouse drives a Chromium it can reach over the DevTools protocol: Playwright's own, on a port.
    const port = await freePort();
    const chrome = await launchChromium([`--remote-debugging-port=${port}`]);
    try {
      for (const name of ['briefing', 'recommendation']) {
        const url = new URL(pages[name]!.replace(/^\//, ''), server.url).href;
        const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
        const lhr = result!.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        console.log(
          `  ${name.padEnd(16)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
            `LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s, TBT ${audit('total-blocking-time').toFixed(0)} ms, CLS ${audit('cumulative-layout-shift').toFixed(3)}`,
        );
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        if (failing.length) console.log(`  ${''.padEnd(16)} audits not passed: ${failing.join(', ')}`);
      }
    } finally {
      await chrome.close();
    }
  } finally {
    await server.close();
  }
}
