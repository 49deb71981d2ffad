/**
 * Curly quotes in what readers see. MDX bodies get them from Astro's smart punctuation, but
 * frontmatter (titles, summaries, editor's notes, labels) and dictionary strings are printed as
 * written, so a page mixed ' " with ’ “ ”. Typography is presentation: content keeps the editors'
 * keystrokes, and src/middleware.ts curls the text of every rendered page.
 */
import { tokenizeHtml } from './html-tokens.ts';

/** After these a quote opens: nothing, a space, an opening bracket or quote, a dash. */
const OPENS_AFTER = /[\s([{“‘\-–—/]/u;
/** Elisions that start with an apostrophe, not an opening quote: ’90s, ’tis, ’em. */
const ELISION = /^'(?:\d\ds|tis\b|twas\b|em\b|n\b)/i;

/**
 * Straight quotes as curly ones, by the rules SmartyPants uses: ' between letters (Iran's, Shi'a,
 * Da'wa) or after a word is an apostrophe or a closing quote; a quote after a space or an opening
 * bracket opens. `before` is the text that precedes this one on the page (an inline tag between).
 */
export function typographic(text: string, before = ''): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "'" && c !== '"') {
      out += c;
      continue;
    }
    const prev = i > 0 ? text[i - 1]! : (before.at(-1) ?? '');
    const opening = prev === '' || OPENS_AFTER.test(prev);
    if (c === '"') out += opening && !/^\s?$/.test(text[i + 1] ?? '') ? '“' : '”';
    else out += opening && !ELISION.test(text.slice(i)) ? '‘' : '’';
  }
  return out;
}

// Text inside these is literal (code) or not prose (SVG, MathML): never curled.
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'svg', 'math']);
// Phrasing elements: text on either side of them is one run, so a quote after "</a>" closes.
const INLINE = new Set('a abbr b bdi bdo cite data del dfn em i ins mark q s small span strong sub sup time u'.split(' '));
// Astro escapes quotes in text it prints; they are text all the same.
const QUOTE_ENTITIES = /&(?:#39|#x27|apos|#34|#x22|quot);/gi;
const HAS_QUOTE = /['"]|&(?:#39|#x27|apos|#34|#x22|quot);/i;
const unescapeQuotes = (text: string) => text.replace(QUOTE_ENTITIES, (entity) => (/39|27|apos/i.test(entity) ? "'" : '"'));

/**
 * A rendered page with curly quotes in its text nodes and its <title>. Tags and attribute values,
 * scripts (JSON-LD), styles, and code are left byte for byte as they were.
 */
export function typographicHtml(html: string): string {
  let literalDepth = 0;
  let inTitle = false;
  let before = ' ';
  return tokenizeHtml(html)
    .map((token) => {
      if (token.kind === 'tag') {
        if (LITERAL.has(token.name) && !token.selfClosing) literalDepth = Math.max(0, literalDepth + (token.end ? -1 : 1));
        inTitle = token.name === 'title' && !token.end;
        if (!INLINE.has(token.name)) before = ' ';
        return token.raw;
      }
      if ((token.kind === 'text' && literalDepth === 0) || (token.kind === 'other' && inTitle)) {
        const text = HAS_QUOTE.test(token.raw) ? typographic(unescapeQuotes(token.raw), before) : token.raw;
        before = text;
        return text;
      }
      return token.raw;
    })
    .join('');
}
