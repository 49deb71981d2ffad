/**
 * HTML split the way a browser's tokenizer reads it: tags (with quoted attribute values that may
 * hold ">"), comments, raw text, and the text between. Small, because the site only needs to tell
 * text from markup in HTML it rendered itself.
 */

/** A slice of the HTML, in order; joined, the slices give back the input exactly. */
export type HtmlToken =
  | { kind: 'text'; raw: string }
  | { kind: 'tag'; raw: string; name: string; end: boolean; selfClosing: boolean }
  /** Comments, doctypes, CDATA, processing instructions, raw text (script, style…) and cut-off tags. */
  | { kind: 'other'; raw: string };

// Their content is never parsed as markup (the HTML tokenizer's RAWTEXT, RCDATA and PLAINTEXT).
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const SPACE = /[\t\n\f\r ]/;
const ASCII_LETTER = /[A-Za-z]/;

/** End of a tag whose name starts at `from`, honouring quoted attribute values (they may hold ">"). */
function scanTag(html: string, from: number): { end: number; name: string; selfClosing: boolean } | null {
  let i = from;
  while (i < html.length && !/[\t\n\f\r />]/.test(html[i]!)) i++;
  const name = html.slice(from, i).toLowerCase();
  let selfClosing = false;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '>') return { end: i + 1, name, selfClosing };
    selfClosing = c === '/' && html[i + 1] === '>';
    if (SPACE.test(c) || c === '/') {
      i++;
      continue;
    }
    // An attribute name (its first character may be "="), then maybe "=" and a value.
    i++;
    while (i < html.length && !/[\t\n\f\r />=]/.test(html[i]!)) i++;
    let j = i;
    while (j < html.length && SPACE.test(html[j]!)) j++;
    if (html[j] !== '=') continue;
    j++;
    while (j < html.length && SPACE.test(html[j]!)) j++;
    const quote = html[j];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, j + 1);
      if (close === -1) return null;
      i = close + 1;
    } else {
      while (j < html.length && !SPACE.test(html[j]!) && html[j] !== '>') j++;
      i = j;
    }
  }
  return null; // The input ends inside the tag: a browser drops it.
}

/** End of the markup construct starting with the "<" at `at`, or null when that "<" is plain text. */
function scanMarkup(html: string, at: number): { token: HtmlToken; end: number } | null {
  const other = (end: number) => ({ token: { kind: 'other' as const, raw: html.slice(at, end) }, end });
  const upTo = (marker: string, from: number) => {
    const found = html.indexOf(marker, from);
    return found === -1 ? html.length : found + marker.length;
  };
  const next = html[at + 1] ?? '';
  if (html.startsWith('<!--', at)) {
    if (html.startsWith('<!-->', at)) return other(at + 5);
    if (html.startsWith('<!--->', at)) return other(at + 6);
    const close = html.indexOf('-->', at + 4);
    const bang = html.indexOf('--!>', at + 4);
    if (close === -1 && bang === -1) return other(html.length);
    return other(bang !== -1 && (close === -1 || bang < close) ? bang + 4 : close + 3);
  }
  // In HTML, CDATA ends at the first ">"; running to "]]>" only ever leaves more text unlinked.
  if (html.startsWith('<![CDATA[', at)) return other(upTo(']]>', at + 9));
  if (next === '!' || next === '?') return other(upTo('>', at + 2));
  const end = next === '/';
  const nameAt = end ? at + 2 : at + 1;
  if (ASCII_LETTER.test(html[nameAt] ?? '')) {
    const tag = scanTag(html, nameAt);
    if (!tag) return other(html.length);
    return { token: { kind: 'tag', raw: html.slice(at, tag.end), name: tag.name, end, selfClosing: tag.selfClosing }, end: tag.end };
  }
  if (end) return html[nameAt] === '>' ? other(nameAt + 1) : other(upTo('>', nameAt));
  return null;
}

/**
 * Splits HTML as a browser's tokenizer would, without building a tree: enough to tell text from
 * tags, attribute values, comments and raw text. Script's escaped states are not modelled.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textFrom = 0;
  let i = 0;
  const pushText = (to: number) => {
    if (to > textFrom) tokens.push({ kind: 'text', raw: html.slice(textFrom, to) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const markup = scanMarkup(html, lt);
    if (!markup) {
      i = lt + 1;
      continue;
    }
    pushText(lt);
    tokens.push(markup.token);
    i = textFrom = markup.end;
    const { token } = markup;
    if (token.kind === 'tag' && !token.end && RAW_TEXT.has(token.name)) {
      let close = html.length;
      if (token.name !== 'plaintext') {
        const closing = new RegExp(`</${token.name}[\\t\\n\\f\\r />]`, 'gi');
        closing.lastIndex = i;
        close = closing.exec(html)?.index ?? html.length;
      }
      if (close > i) tokens.push({ kind: 'other', raw: html.slice(i, close) });
      i = textFrom = close;
    }
  }
  pushText(html.length);
  return tokens;
}

// A link here would be invalid (a, button), would alter literal text (code, pre, kbd, samp), or not be HTML (svg, math).

/** Elements whose text is never rewritten: links, code, and markup that is not HTML text. */
export const NO_REWRITE_INSIDE = new Set(['a', 'button', 'code', 'pre', 'kbd', 'samp', 'svg', 'math']);

/**
 * Rewrites the text nodes of HTML that sit outside `skip` elements, leaving every tag, attribute,
 * comment and raw-text byte as it was.
 */
export function mapTextNodes(html: string, rewrite: (text: string) => string, skip: Set<string> = NO_REWRITE_INSIDE): string {
  const open = new Map<string, number>();
  let openTotal = 0;
  return tokenizeHtml(html)
    .map((token) => {
      if (token.kind === 'tag') {
        // In SVG and MathML "/>" closes the element; on an HTML element it is ignored.
        const closesItself = token.selfClosing && !token.end && (token.name === 'svg' || token.name === 'math');
        if (skip.has(token.name) && !closesItself) {
          const count = open.get(token.name) ?? 0;
          if (!token.end) {
            open.set(token.name, count + 1);
            openTotal++;
          } else if (count > 0) {
            open.set(token.name, count - 1);
            openTotal--;
          }
        }
        return token.raw;
      }
      if (token.kind === 'other' || openTotal > 0) return token.raw;
      return rewrite(token.raw);
    })
    .join('');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
