/** Curly quotes at render (src/lib/typography.ts): the rules, and what in a page they never touch. */
import { describe, expect, it } from 'vitest';
import { typographic, typographicHtml } from '../../src/lib/typography';

describe('typographic', () => {
  it('makes apostrophes of quotes inside and after words, transliterations included', () => {
    expect(typographic("Iran's influence in Iraq")).toBe('Iran’s influence in Iraq');
    expect(typographic("the editors' provenance record")).toBe('the editors’ provenance record');
    expect(typographic("Shi'a factions and the Da'wa party")).toBe('Shi’a factions and the Da’wa party');
  });

  it('opens a quote at the start, after a space or a bracket, and closes it after a word or punctuation', () => {
    expect(typographic('"The crowd" translates al-Hashd')).toBe('“The crowd” translates al-Hashd');
    expect(typographic('creates a "opportunity".')).toBe('creates a “opportunity”.');
    expect(typographic('is "fresh in his position."')).toBe('is “fresh in his position.”');
    expect(typographic(`(no heading before "The 'Atlantic' Center")`)).toBe('(no heading before “The ‘Atlantic’ Center”)');
  });

  it('reads an elision as an apostrophe, not an opening quote', () => {
    expect(typographic("since the '90s")).toBe('since the ’90s');
  });

  it('takes the context of the text before it: a quote after an inline element closes', () => {
    expect(typographic("'s proxies", 'Iran')).toBe('’s proxies');
    expect(typographic("'s proxies", ' ')).toBe('‘s proxies');
  });
});

describe('typographicHtml', () => {
  it('curls text and the title, Astro’s escaped quotes included', () => {
    expect(typographicHtml('<title>Iran&#39;s influence</title><p>&quot;The crowd&quot; and <a href="/x/">Iran</a>&#39;s proxies</p>')).toBe(
      '<title>Iran’s influence</title><p>“The crowd” and <a href="/x/">Iran</a>’s proxies</p>',
    );
  });

  it('leaves attributes, scripts, styles, comments and code as they were', () => {
    const untouched = [
      `<a href="/search/?tag=Iran's" aria-label="Iran&#39;s">`,
      `<script type="application/ld+json">{"name":"Iran's"}</script>`,
      `<style>q::before{content:"'"}</style>`,
      `<!-- "as is" -->`,
      `<pre>Proposal \`\`Iran's''</pre>`,
      `<code>'x'</code>`,
      `<p>a<code>it's</code></p>`,
    ];
    for (const html of untouched) expect(typographicHtml(html), html).toBe(html);
    expect(typographicHtml(`<pre><code>"a"</code></pre><p>"b"</p>`)).toBe(`<pre><code>"a"</code></pre><p>“b”</p>`);
  });

  it('starts each block afresh: a quote opening a paragraph opens', () => {
    expect(typographicHtml('<p>said so.</p><p>"Next"</p>')).toBe('<p>said so.</p><p>“Next”</p>');
  });
});
