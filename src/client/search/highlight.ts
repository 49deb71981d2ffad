/**
 * Arriving from a search result: marks the words and names it carried (?highlight=…) as whole
 * words, brings the target section into view, and keeps the marks while the reader moves within the page.
 */
import { matchedSpans, termPattern } from './highlight-match';

// Navigation and chips ("open", "copy", tags) are not the text the reader searched.
const SKIPPED = 'nav, body > header, [data-no-highlight], script, style, template, textarea, mark';

function markText(node: Text, spans: [number, number][]) {
  const parts: Node[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push(document.createTextNode(node.data.slice(at, start)));
    const mark = document.createElement('mark');
    // Styled by our stylesheet under the class name Pagefind's highlighter used.
    mark.className = 'pagefind-highlight';
    mark.textContent = node.data.slice(start, end);
    parts.push(mark);
    at = end;
  }
  if (at < node.data.length) parts.push(document.createTextNode(node.data.slice(at)));
  node.replaceWith(...parts);
}

export function markTerms(root: Element, terms: readonly string[]): void {
  const pattern = termPattern(terms);
  if (!pattern) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const found: [Text, [number, number][]][] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const spans = matchedSpans(node.data, pattern);
    if (spans.length > 0) found.push([node, spans]);
  }
  for (const [node, spans] of found) markText(node, spans);
}

/**
 * A link to a part of this very page ("/briefings/b/#rec" from "/briefings/b/?highlight=…") would
 * load the page again without the query, and so without its marks: move to the part instead.
 */
function keepWithinPage(event: MouseEvent) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || !link.hash || (link.target && link.target !== '_self')) return;
  if (link.origin !== location.origin || link.pathname !== location.pathname || link.search === location.search) return;
  event.preventDefault();
  location.hash = link.hash;
}

export function loadHighlighter(): void {
  const main = document.querySelector('main');
  if (main) markTerms(main, new URLSearchParams(location.search).getAll('highlight'));
  document.addEventListener('click', keepWithinPage);
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView({ block: 'start' });
}
