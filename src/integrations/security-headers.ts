/**
 * Completes the security headers of public/_headers (read by Netlify, Cloudflare Pages and others)
 * in the built site: its Content-Security-Policy allows the inline blocks the pages carry by their
 * hashes. Scripts: only those the site's own code ships (the theme script), and a page carrying
 * any other inline script fails the build, so content can never widen the policy. Styles: the
 * inlined stylesheets, hashed from the pages as published (the post-build's last step).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tokenizeHtml } from '../lib/html-tokens.ts';
import { THEME_SCRIPT } from '../lib/theme-script.ts';

/** A build-stopping error Astro prints as its message alone: a stack trace would only point here. */
class BuildStop extends Error {
  constructor(message: string) {
    super(message);
    this.stack = '';
  }

  // Astro appends a "Browser APIs are not available" hint to any error whose text says "document"
  // or "window", as a quoted page script often does; the message alone says what is wrong.
  override toString(): string {
    return this.name;
  }
}

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** The inline scripts the site's code ships, exactly as pages carry them: the only ones the CSP allows. */
export const KNOWN_INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT];

/** A start tag's attributes, names lower-cased; the first of a repeated name wins, as in a browser. */
function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const body = tag.replace(/^<[^\t\n\f\r />]+/, '').replace(/\/?>$/, '');
  for (const [, name, double, single, bare] of body.matchAll(
    /([^\t\n\f\r />][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]*)))?/g,
  )) {
    const key = name!.toLowerCase();
    if (!found.has(key)) found.set(key, double ?? single ?? bare ?? '');
  }
  return found;
}

/** Inline script elements of a page: attributes and text, as a browser's tokenizer splits them. */
function inlineScriptsOf(html: string): { attributes: Map<string, string>; code: string }[] {
  const tokens = tokenizeHtml(html);
  const scripts: { attributes: Map<string, string>; code: string }[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== 'tag' || token.end || token.name !== 'script') return;
    const next = tokens[i + 1];
    scripts.push({ attributes: attributesOf(token.raw), code: next?.kind === 'other' ? next.raw : '' });
  });
  return scripts;
}

const excerpt = (code: string) => JSON.stringify(code.length > 60 ? `${code.slice(0, 60)}…` : code);

/**
 * Collects, page by page, the hashes of the known inline scripts and of the inline styles. Throws,
 * naming the page, at an inline script the site does not ship, or a JSON-LD block that could end early.
 */
export function inlineHashCollector() {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  // Every page carries the same few blocks: hash each distinct block once.
  const seen = new Map<string, string>();
  const hashOnce = (code: string) => seen.get(code) ?? seen.set(code, hash(code)).get(code)!;
  return {
    /** `page` is the file's path in the built site, for the error message. */
    add(html: string, page: string): void {
      for (const { attributes, code } of inlineScriptsOf(html)) {
        // External scripts are allowed by origin ('self'); a browser ignores their inline text.
        if (attributes.has('src')) continue;
        if (attributes.get('type')?.trim().toLowerCase() === 'application/ld+json') {
          // Data, never run; but a "<" could end it early ("</script") or make it swallow markup ("<!--").
          if (code.includes('<')) {
            throw new BuildStop(
              `${page}: a JSON-LD block contains "<", which can end the <script> element early; serialise it with every "<" escaped as \\u003c (as src/components/SocialMeta.astro does).`,
            );
          }
          continue;
        }
        if (!KNOWN_INLINE_SCRIPTS.includes(code)) {
          throw new BuildStop(
            `${page} carries an inline script the site does not ship (${excerpt(code)}), which the Content-Security-Policy will not allow: remove it from the content this page is built from, or, if the site's code added it, load it from a file with <script src> instead.`,
          );
        }
        scripts.add(hashOnce(code));
      }
      for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(hashOnce(css!));
    },
    result: () => ({ scripts: [...scripts].sort(), styles: [...styles].sort() }),
  };
}

/** The hashes of the known inline scripts and of the inline styles across the given pages (file → HTML). */
export function inlineHashes(pages: Record<string, string>): { scripts: string[]; styles: string[] } {
  const collector = inlineHashCollector();
  for (const [page, html] of Object.entries(pages)) collector.add(html, page);
  return collector.result();
}

export const HASH_MARKERS = { scripts: '{{inline-script-hashes}}', styles: '{{inline-style-hashes}}' } as const;

/** public/_headers with its markers replaced by the hashes; an error says what is missing. */
export function fillHeaders(template: string, hashes: { scripts: string[]; styles: string[] }): string {
  const missing = Object.values(HASH_MARKERS).filter((marker) => !template.includes(marker));
  if (missing.length > 0) {
    throw new BuildStop(
      `public/_headers: the Content-Security-Policy has no ${missing.join(' or ')} marker. Fix: put it back in script-src (or style-src); without the hashes the policy blocks the theme script and the stylesheet every page carries.`,
    );
  }
  return template.replaceAll(HASH_MARKERS.scripts, hashes.scripts.join(' ')).replaceAll(HASH_MARKERS.styles, hashes.styles.join(' '));
}

/** The headers step of the post-build: hashes each page as it is published, then completes _headers. */
export function createSecurityHeaders() {
  const collector = inlineHashCollector();
  return {
    page(html: string, file: string): string {
      collector.add(html, file);
      return html;
    },
    async finish(dir: string): Promise<{ scripts: string[]; styles: string[] }> {
      const hashes = collector.result();
      const file = join(dir, '_headers');
      const template = await readFile(file, 'utf8').catch(() => {
        throw new BuildStop('public/_headers is missing. Fix: restore it from git; it holds the security headers the site is deployed with.');
      });
      await writeFile(file, fillHeaders(template, hashes));
      return hashes;
    },
  };
}
