/** Reading the built site as files and as DOM documents (linkedom), the way a test inspects output. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

export function readPage(dir: string, sitePath: string): Document {
  return parseHTML(readFileSync(pageFile(dir, sitePath), 'utf8')).document;
}

/** The file a site path ("/briefings/x/") is served from. */
export function pageFile(dir: string, sitePath: string): string {
  const clean = sitePath.split('#')[0]!.split('?')[0]!;
  const candidate = join(dir, decodeURIComponent(clean));
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return join(candidate, 'index.html');
  return candidate;
}

/** The site path of a built HTML file: "dist/briefings/x/index.html" → "/briefings/x/". */
export function sitePathOf(dir: string, file: string): string {
  return '/' + relative(dir, file).replace(/index\.html$/, '');
}

/** Visible text of an element, whitespace folded. */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
