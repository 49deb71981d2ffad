/**
 * Readers see one kind of quote: every text node of every built page is scanned for a straight ' or
 * ", whoever printed it (a frontmatter title, a tag label, an editor's note, a dictionary string).
 * Code, scripts, styles and attributes are left out: there the characters are literal.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, readPage, sitePathOf, textOf } from '../support/dist';

const dist = inject('siteDir');
const LITERAL = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'svg', 'math']);

/** The text nodes of a page outside literal elements, each with a little context for the message. */
function straightQuotes(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && /['"]/.test(child.textContent ?? '')) found.push((child.textContent ?? '').trim().slice(0, 80));
      else if (child.nodeType === 1 && !LITERAL.has((child as Element).tagName)) walk(child);
    }
  };
  walk(document.documentElement);
  return found;
}

describe('quotes readers see', () => {
  it('are curly in the text of every built page, titles included', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => straightQuotes(readFileSync(file, 'utf8')).map((text) => `${sitePathOf(dist, file)}: ${text}`));
    expect(found).toEqual([]);
  });

  it('are curled from what the content writes straight: a tag label, an editor’s note, a title', () => {
    // content/tags.yaml writes "Iran's influence in Iraq"; the notes quote the translation with straight quotes.
    const tag = readPage(dist, '/tags/iran-influence/');
    expect(textOf(tag.querySelector('h1'))).toBe('Iran’s influence in Iraq');
    expect(textOf(tag.querySelector('title'))).toContain('Iran’s influence in Iraq');
    const notes = textOf(readPage(dist, '/briefings/alaaldin-brookings-2020/').querySelector('section[aria-labelledby="editors-notes"]'));
    expect(notes).toContain('“The crowd” translates al-Hashd');
  });

  it('finds a straight quote when one is there', () => {
    expect(straightQuotes(`<p>Iran's <code>it's</code></p><script>a='b'</script><a title="x'y">z</a>`)).toEqual(["Iran's"]);
  });
});
