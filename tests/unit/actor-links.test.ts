import { describe, expect, it } from 'vitest';
import { actorNames, linkActors } from '../../src/lib/actor-links';
import { tokenizeHtml } from '../../src/lib/html-tokens';
import { actor } from '../support/content';

const actors = actorNames([actor('iran', 'Iran', ['Tehran']), actor('us', 'United States', ['US', 'Washington']), actor('quot', 'quot')]);
const href = (id: string) => `/actors/${id}/`;
const link = (id: string, text: string) => `<a href="/actors/${id}/">${text}</a>`;

describe('actor links in text nodes only', () => {
  it('leaves an image’s alt text alone, even with ">" inside it', () => {
    // What the Markdown renderer makes of ![Map: north > Iran border](/og/site.png).
    const img = '<img src="/og/site.png" alt="Map: north > Iran border">';
    expect(linkActors(`<p>${img} and Iran</p>`, actors, href)).toBe(`<p>${img} and ${link('iran', 'Iran')}</p>`);
    const quoted = `<img alt='a > Iran' data-x=a b title = "Iran > Tehran">`;
    expect(linkActors(`<p>${quoted}Iran</p>`, actors, href)).toBe(`<p>${quoted}${link('iran', 'Iran')}</p>`);
  });

  it('never links inside an existing link, even inside its child elements or title', () => {
    const existing = '<a href="/x/" title="Iran title"><em>Iran</em> and Washington</a>';
    expect(linkActors(`<p>${existing} then Iran</p>`, actors, href)).toBe(`<p>${existing} then ${link('iran', 'Iran')}</p>`);
  });

  it('leaves title="…" and other attribute values alone', () => {
    expect(linkActors('<p title="Iran and Tehran" data-note=\'Washington\'>Iran</p>', actors, href)).toBe(
      `<p title="Iran and Tehran" data-note='Washington'>${link('iran', 'Iran')}</p>`,
    );
  });

  it('skips code, pre, comments, script, style, textarea and SVG', () => {
    const skipped = [
      '<code>Iran</code>',
      '<pre><code>Iran</code></pre>',
      '<!-- a > Iran -->',
      '<script>const s = "<b>Iran</b>";</script>',
      '<style>/* Iran */</style>',
      '<textarea><b>Iran</b></textarea>',
      '<svg><text>Iran</text><a href="#"></a></svg>',
    ].join(' ');
    expect(linkActors(`<p>${skipped} Iran</p>`, actors, href)).toBe(`<p>${skipped} ${link('iran', 'Iran')}</p>`);
    expect(linkActors('<svg/><p>Iran</p>', actors, href)).toBe(`<svg/><p>${link('iran', 'Iran')}</p>`);
  });

  it('keeps first mention per actor, aliases and whole words across elements', () => {
    expect(linkActors('<p><strong>Tehran</strong>’s Iranian allies; Iran and United States</p>', actors, href)).toBe(
      `<p><strong>${link('iran', 'Tehran')}</strong>’s Iranian allies; Iran and ${link('us', 'United States')}</p>`,
    );
  });

  it('never matches inside a character reference, nor leaves a cut-off tag', () => {
    expect(linkActors('<p>&quot;quot&quot;</p>', actors, href)).toBe(`<p>&quot;${link('quot', 'quot')}&quot;</p>`);
    expect(linkActors('<p>1 < 2 Iran <img alt="Iran', actors, href)).toBe(`<p>1 < 2 ${link('iran', 'Iran')} <img alt="Iran`);
  });

  it('links each text afresh with the one pattern a site compiles', () => {
    const first = linkActors('<p>Iran and Tehran</p>', actors, href);
    expect(linkActors('<p>Iran and Tehran</p>', actors, href)).toBe(first);
    expect(first).toBe(`<p>${link('iran', 'Iran')} and Tehran</p>`);
    expect(linkActors('<p>Iran</p>', actorNames([]), href)).toBe('<p>Iran</p>');
  });

  it('escapes the href and class it writes', () => {
    expect(linkActors('Iran', actors, () => '/a?x=1&y="2"', 'x"y')).toBe('<a href="/a?x=1&amp;y=&quot;2&quot;" class="x&quot;y">Iran</a>');
  });
});

describe('HTML tokenizer', () => {
  it('gives back its input exactly and tells text from markup', () => {
    const html =
      '<!DOCTYPE html><p class=a title="x > y">A &amp; B</p><!--> C<!-- D --!> E<?php x ?></ >F</><br/><script>if (a</b) {}</script >G<![CDATA[ H > I ]]>';
    const tokens = tokenizeHtml(html);
    expect(tokens.map((t) => t.raw).join('')).toBe(html);
    expect(tokens.filter((t) => t.kind === 'text').map((t) => t.raw)).toEqual(['A &amp; B', ' C', ' E', 'F', 'G']);
    expect(tokens.filter((t) => t.kind === 'tag').map((t) => t.raw)).toEqual(['<p class=a title="x > y">', '</p>', '<br/>', '<script>', '</script >']);
    expect(tokens.find((t) => t.raw === '<br/>')).toMatchObject({ name: 'br', end: false, selfClosing: true });
  });
});
