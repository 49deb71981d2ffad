/**
 * Completes the security headers of public/_headers (read by Netlify, Cloudflare Pages and others)
 * in the built site: its Content-Security-Policy allows the few inline blocks the pages really
 * carry (the theme script, the inlined stylesheet) by their hashes, computed from the built files
 * so the policy cannot drift from the pages. Runs after the search index, which rewrites pages.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inBatches } from '../lib/batches.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** Collects the hashes of inline scripts (not JSON data blocks) and inline styles, page by page. */
export function inlineHashCollector() {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  // Every page carries the same few blocks: hash each distinct block once.
  const seen = new Map<string, string>();
  const hashOnce = (code: string) => seen.get(code) ?? seen.set(code, hash(code)).get(code)!;
  return {
    add(html: string): void {
      for (const [, attrs, code] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/\bsrc=/.test(attrs!) && !/type="application\/ld\+json"/.test(attrs!)) scripts.add(hashOnce(code!));
      }
      for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(hashOnce(css!));
    },
    result: () => ({ scripts: [...scripts].sort(), styles: [...styles].sort() }),
  };
}

/** The hashes of inline scripts (not JSON data blocks) and inline styles across the given pages. */
export function inlineHashes(pages: string[]): { scripts: string[]; styles: string[] } {
  const collector = inlineHashCollector();
  for (const html of pages) collector.add(html);
  return collector.result();
}

export const HASH_MARKERS = { scripts: '{{inline-script-hashes}}', styles: '{{inline-style-hashes}}' } as const;

/** public/_headers with its markers replaced by the hashes; an error says what is missing. */
export function fillHeaders(template: string, hashes: { scripts: string[]; styles: string[] }): string {
  const missing = Object.values(HASH_MARKERS).filter((marker) => !template.includes(marker));
  if (missing.length > 0) {
    throw new Error(
      `public/_headers: the Content-Security-Policy has no ${missing.join(' or ')} marker. Fix: put it back in script-src (or style-src); without the hashes the policy blocks the theme script and the stylesheet every page carries.`,
    );
  }
  return template.replaceAll(HASH_MARKERS.scripts, hashes.scripts.join(' ')).replaceAll(HASH_MARKERS.styles, hashes.styles.join(' '));
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'briefing-room:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const names = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.html'));
        const collector = inlineHashCollector();
        // In batches: at thousands of pages, reading them all at once would hold the whole site in memory.
        await inBatches(names, async (batch) => {
          for (const html of await Promise.all(batch.map((name) => readFile(join(root, name), 'utf8')))) collector.add(html);
        });
        const hashes = collector.result();
        const file = join(root, '_headers');
        const template = await readFile(file, 'utf8').catch(() => {
          throw new Error('public/_headers is missing. Fix: restore it from git; it holds the security headers the site is deployed with.');
        });
        await writeFile(file, fillHeaders(template, hashes));
        logger.info(`Completed _headers: CSP with ${hashes.scripts.length} script and ${hashes.styles.length} style hashes`);
      },
    },
  };
}
