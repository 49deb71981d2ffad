/**
 * A link checker over a served site, as a reader's browser sees it: starts at the home page, follows
 * every same-site link and asset (href, src, og:image, canonical), and reports any that does not
 * answer 200 and any #fragment with no element to land on.
 */
import { parseHTML } from 'linkedom';
import { SITE_URL } from '../../src/site.config';

export async function brokenLinks(home: string, extraStarts: string[] = []): Promise<string[]> {
  const origin = new URL(home).origin;
  // The site's own absolute URLs name the configured origin; any other host is a source we cite,
  // which this offline check cannot fetch (and does not own).
  const ownOrigins = new Set([origin, new URL(SITE_URL).origin]);
  const base = new URL(home).pathname;
  const queue = [home, ...extraStarts.map((p) => new URL(p, home).href)];
  const seen = new Set<string>(queue);
  const pages = new Map<string, Set<string>>();
  const fragments: { from: string; url: string; id: string }[] = [];
  const broken: string[] = [];

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetch(url, { redirect: 'manual' });
    if (response.status !== 200) {
      broken.push(`${url} → ${response.status}`);
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const { document } = parseHTML(await response.text());
    pages.set(url, new Set([...document.querySelectorAll('[id]')].map((el) => el.id)));
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src')!),
      ...[...document.querySelectorAll('meta[property="og:image"], meta[property="og:url"]')].map((el) => el.getAttribute('content')!),
    ];
    for (const ref of refs) {
      if (/^(data|mailto|tel|javascript):/i.test(ref)) continue;
      const target = new URL(ref, url);
      if (/^https?:$/.test(target.protocol) && !ownOrigins.has(target.origin)) continue;
      // Absolute URLs on the configured site origin are checked at the same path here.
      const local = new URL(target.pathname + target.search, origin);
      if (target.origin !== origin && !/^https?:$/.test(target.protocol)) continue;
      if (!local.pathname.startsWith(base)) {
        broken.push(`${url} → ${ref} (outside the base path ${base})`);
        continue;
      }
      if (target.hash) fragments.push({ from: url, url: local.href.split('#')[0]!, id: decodeURIComponent(target.hash.slice(1)) });
      const key = local.href.split('#')[0]!;
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(key);
      }
    }
  }
  for (const { from, url, id } of fragments) {
    const ids = pages.get(url);
    if (ids && !ids.has(id)) broken.push(`${from} → ${url}#${id} (no element with that id)`);
  }
  return broken;
}
