/**
 * `npm run bench`: measures the site and prints the figures (no pass/fail; machines are noisy).
 * Build time of the whole site, and for one page of each kind the bytes a first visit costs:
 * the HTML and every stylesheet, script and image it references, raw and gzip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { benchPages } from './pages.ts';
import { benchSearch } from './search.ts';
import { benchScale } from './scale.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = join(root, '.cache/bench/dist');

const PAGES = {
  home: '/',
  briefing: '/briefings/alaaldin-brookings-2020/',
  recommendation: '/recommendations/help-kadhimi-with-governance/',
  recommendations: '/recommendations/',
  tag: '/tags/sanctions/',
  actor: '/actors/mustafa-al-kadhimi/',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

function fileFor(sitePath: string): string {
  const path = join(outDir, sitePath);
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
}

const started = performance.now();
const build = spawnSync(process.execPath, [join(root, 'scripts/build/build.ts')], {
  cwd: root,
  env: { ...process.env, OUT_DIR: outDir, CACHE_DIR: join(root, '.cache/bench/cache') },
  encoding: 'utf8',
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const pageCount = /(\d+) page\(s\) built/.exec(stripVTControlCharacters(build.stdout))?.[1] ?? '?';

console.log(`Build: ${buildSeconds.toFixed(1)} s for ${pageCount} pages (cold cache, including the atomic swap)\n`);
console.log('Page weight from the built files, per page kind (gzip level 9; raw in brackets; CSS is inlined into the HTML; scripts as referenced):');
console.log(['page', 'HTML', 'CSS', 'JS', 'images', 'total', 'requests'].map((h, i) => (i === 0 ? h.padEnd(16) : h.padStart(20))).join(''));
for (const [kind, path] of Object.entries(PAGES)) {
  const html = readFileSync(fileFor(path));
  const { document } = parseHTML(html.toString('utf8'));
  const assets = { css: [] as string[], js: [] as string[], img: [] as string[] };
  document.querySelectorAll('link[rel="stylesheet"]').forEach((el) => assets.css.push(el.getAttribute('href')!));
  document.querySelectorAll('script[src]').forEach((el) => assets.js.push(el.getAttribute('src')!));
  document.querySelectorAll('img[src]').forEach((el) => assets.img.push(el.getAttribute('src')!));
  const inlineJs = [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].reduce(
    (n, el) => n + (el.textContent?.length ?? 0),
    0,
  );
  const size = (list: string[]) =>
    list.reduce(
      (sum, href) => {
        const file = readFileSync(fileFor(new URL(href, `http://site${path}`).pathname));
        return { raw: sum.raw + file.length, gzip: sum.gzip + gz(file) };
      },
      { raw: 0, gzip: 0 },
    );
  const css = size(assets.css);
  const js = size(assets.js);
  const img = size(assets.img);
  const total = { raw: html.length + css.raw + js.raw + img.raw, gzip: gz(html) + css.gzip + js.gzip + img.gzip };
  const cell = (s: { raw: number; gzip: number }) => `${kb(s.gzip)} (${kb(s.raw)})`.padStart(20);
  const requests = 1 + assets.css.length + assets.js.length + assets.img.length;
  console.log(kind.padEnd(16) + cell({ raw: html.length, gzip: gz(html) }) + cell(css) + cell(js) + cell(img) + cell(total) + String(requests).padStart(20));
  if (inlineJs > 0) console.log(`${''.padEnd(16)}  + ${inlineJs} bytes of inline script`);
}

await benchPages(outDir, PAGES);
await benchSearch(outDir);

// Growth with the collection: BENCH_SCALE=10,100 for a shorter run (2,000 briefings take minutes).
const sizes = (process.env.BENCH_SCALE ?? '10,100,500,2000').split(',').filter(Boolean).map(Number);
console.log('\nScale (synthetic briefings with 6 recommendations each):');
for (const size of sizes) console.log(benchScale(size));
