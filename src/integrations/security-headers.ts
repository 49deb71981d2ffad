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

/** The hashes of inline scripts (not JSON data blocks) and inline styles across the given pages. */
export function inlineHashes(pages: string[]): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    for (const [, attrs, code] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/\bsrc=/.test(attrs!) && !/type="application\/ld\+json"/.test(attrs!)) scripts.add(hash(code!));
    }
    for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(hash(css!));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
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
        const pages = await Promise.all(names.map((name) => readFile(join(root, name), 'utf8')));
        const hashes = inlineHashes(pages);
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy(hashes)));
        logger.info(`Wrote _headers: CSP with ${hashes.scripts.length} script and ${hashes.styles.length} style hashes`);
      },
    },
  };
}
