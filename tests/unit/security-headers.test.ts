import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillHeaders, HASH_MARKERS, inlineHashes } from '../../src/integrations/security-headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const template = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

describe('security headers', () => {
  it('hashes inline scripts and styles, not external scripts or JSON data', () => {
    const pages = [
      '<script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>b{}</style>',
      '<script>a()</script><style>c{}</style>',
    ];
    expect(inlineHashes(pages)).toEqual({ scripts: [sha('a()')], styles: [sha('b{}'), sha('c{}')].sort() });
  });

  it('fills public/_headers: the site itself, its hashes and WebAssembly, and nothing else', () => {
    const headers = fillHeaders(template, { scripts: ["'sha256-A'"], styles: ["'sha256-B'"] });
    const block = headers.slice(headers.indexOf('/*\n'));
    expect(block).toMatch(/^\/\*\n {2}Content-Security-Policy: .+\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin\n/);
    const policy = /Content-Security-Policy: (.+)/.exec(block)![1]!;
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-A';");
    expect(policy).toContain("style-src 'self' 'sha256-B';");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(block).not.toContain('{{');
  });

  it('stops the build, saying how to fix it, when a marker was removed', () => {
    expect(() => fillHeaders(template.replace(HASH_MARKERS.styles, ''), { scripts: [], styles: [] })).toThrow(
      /public\/_headers: the Content-Security-Policy has no \{\{inline-style-hashes\}\} marker\. Fix: put it back/,
    );
  });
});
