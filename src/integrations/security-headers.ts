/**
 * Writes dist/_headers (read by Netlify, Cloudflare Pages and others) with a Content-Security-
 * Policy the built site satisfies: scripts and styles from the site itself, plus the hashes of the
 * few inline blocks the pages really carry (the theme script, the inlined stylesheet), computed
 * from the built files so the policy cannot drift from the pages. Runs after the search index.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

export function contentSecurityPolicy({ scripts, styles }: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'self'",
    // Pagefind's search engine is WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
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
        for (let i = 0; i < names.length; i += 32) {
          const batch = await Promise.all(names.slice(i, i + 32).map((name) => readFile(join(root, name), 'utf8')));
          for (const html of batch) collector.add(html);
        }
        const hashes = collector.result();
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy(hashes)));
        logger.info(`Wrote _headers: CSP with ${hashes.scripts.length} script and ${hashes.styles.length} style hashes`);
      },
    },
  };
}
