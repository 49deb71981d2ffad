import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createSecurityHeaders,
  fillHeaders,
  HASH_MARKERS,
  inlineHashCollector,
  inlineHashes,
  KNOWN_INLINE_SCRIPTS,
} from '../../src/integrations/security-headers';
import { THEME_SCRIPT } from '../../src/lib/theme-script';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const template = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
const theme = `<script>${THEME_SCRIPT}</script>`;
const jsonLd = '<script type="application/ld+json">{"@type":"Article","headline":"a \\u003c/script> b"}</script>';

describe('security headers', () => {
  // This test used to feed any inline script ("a()") and expect its hash: that was the defect,
  // since content could then widen the policy. Now only the site's own scripts are hashed.
  it('hashes the theme script and inline styles, not external scripts or JSON data', () => {
    const pages = {
      'index.html': `${theme}<script type="module" src="/x.js"></script>${jsonLd}<style>b{}</style>`,
      'about/index.html': `${theme}<style>c{}</style>`,
    };
    expect(inlineHashes(pages)).toEqual({ scripts: [sha(THEME_SCRIPT)], styles: [sha('b{}'), sha('c{}')].sort() });
  });

  it('allows exactly the theme script: its hash is sha256 of THEME_SCRIPT', () => {
    expect(KNOWN_INLINE_SCRIPTS).toEqual([THEME_SCRIPT]);
    const { scripts } = inlineHashes({ 'index.html': theme });
    expect(scripts).toEqual([`'sha256-${createHash('sha256').update(THEME_SCRIPT, 'utf8').digest('base64')}'`]);
  });

  it('hashes no script at all for pages without inline scripts', () => {
    expect(inlineHashes({ 'index.html': `<script src="/x.js"></script>${jsonLd}` }).scripts).toEqual([]);
  });

  it('refuses a page carrying any other inline script, naming the page and what to do', () => {
    const injected = `<html><head>${theme}${jsonLd}</head><body><p>Text</p><script>alert(document.domain)</script></body></html>`;
    const refusal =
      /^briefings\/x\/index\.html carries an inline script the site does not ship \("alert\(document\.domain\)"\), which the Content-Security-Policy will not allow: remove it from the content this page is built from, or, if the site's code added it, load it from a file with <script src> instead\.$/;
    expect(() => inlineHashes({ 'index.html': theme, 'briefings/x/index.html': injected })).toThrow(refusal);
    const collector = inlineHashCollector();
    collector.add(theme, 'index.html');
    expect(() => collector.add(injected, 'briefings/x/index.html')).toThrow(refusal);
    // Astro prints a stack trace when there is one, and guesses a misleading hint from "document".
    const error = (() => {
      try {
        inlineHashes({ 'briefings/x/index.html': injected });
      } catch (thrown) {
        return thrown as Error;
      }
    })();
    expect(error?.stack).toBe('');
    expect(String(error)).not.toMatch(/document|window/);
  });

  it.each([
    ['upper-case tags', '<SCRIPT>alert(1)</SCRIPT>'],
    ['a JavaScript type', '<script type="text/javascript">alert(1)</script>'],
    ['a module', '<script type=module>alert(1)</script>'],
    ['a JSON-LD type in another attribute', `<script data-x='type="application/ld+json"'>alert(1)</script>`],
    ['"src" in another attribute', '<script data-src="/x.js">alert(1)</script>'],
    ['the theme script with a change', `<script>${THEME_SCRIPT} alert(1)</script>`],
    ['a JSON-LD block broken out of', '<script type="application/ld+json">{"a":"</script><script>alert(1)</script>"}</script>'],
  ])('refuses an inline script hidden by %s', (_, script) => {
    expect(() => inlineHashes({ 'page/index.html': `${theme}${script}` })).toThrow(/^page\/index\.html carries an inline script the site does not ship/);
  });

  it('refuses a JSON-LD block with an unescaped "<", which could end it early', () => {
    expect(() => inlineHashes({ 'a/index.html': '<script type="application/ld+json">{"a":"<!--<script>"}</script>' })).toThrow(
      /^a\/index\.html: a JSON-LD block contains "<", which can end the <script> element early; serialise it with every "<" escaped as \\u003c/,
    );
  });

  it('fills public/_headers: the site itself, its hashes and WebAssembly, and nothing else', () => {
    const headers = fillHeaders(template, { scripts: ["'sha256-A'"], styles: ["'sha256-B'"] });
    const block = headers.slice(headers.indexOf('/*\n'));
    expect(block).toMatch(
      /^\/\*\n {2}Content-Security-Policy: .+\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin\n/,
    );
    const policy = /Content-Security-Policy: (.+)/.exec(block)![1]!;
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-A';");
    expect(policy).toContain("style-src 'self' 'sha256-B';");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(block).not.toContain('{{');
  });

  it('as a post-build step, completes _headers from the pages handed to it, unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'headers-'));
    await writeFile(join(dir, '_headers'), template);
    const step = createSecurityHeaders();
    const page = `<style>b{}</style>${theme}`;
    expect(step.page(page, 'index.html')).toBe(page);
    await step.finish(dir);
    const policy = /Content-Security-Policy: (.+)/.exec(await readFile(join(dir, '_headers'), 'utf8'))![1]!;
    expect(policy).toContain(`style-src 'self' ${sha('b{}')};`);
    expect(policy).toContain(sha(THEME_SCRIPT));
  });

  it('stops the build, saying how to fix it, when a marker was removed', () => {
    expect(() => fillHeaders(template.replace(HASH_MARKERS.styles, ''), { scripts: [], styles: [] })).toThrow(
      /public\/_headers: the Content-Security-Policy has no \{\{inline-style-hashes\}\} marker\. Fix: put it back/,
    );
  });
});
