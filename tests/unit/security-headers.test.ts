import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineHashes } from '../../src/integrations/security-headers';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('security headers', () => {
  it('hashes inline scripts and styles, not external scripts or JSON data', () => {
    const pages = [
      '<script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>b{}</style>',
      '<script>a()</script><style>c{}</style>',
    ];
    expect(inlineHashes(pages)).toEqual({ scripts: [sha('a()')], styles: [sha('b{}'), sha('c{}')].sort() });
  });

  it('allows the site itself, its hashes and WebAssembly, and nothing else', () => {
    const policy = contentSecurityPolicy({ scripts: ["'sha256-A'"], styles: ["'sha256-B'"] });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-A'");
    expect(policy).toContain("style-src 'self' 'sha256-B'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(headersFile(policy)).toMatch(/^\/\*\n {2}Content-Security-Policy: .+\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin\n/);
  });
});
