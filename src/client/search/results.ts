/**
 * What both search views share in the DOM: a result list drawn from the page's own
 * <template data-search-template> (SearchResultTemplate.astro), and moving through it by keyboard.
 */
import type { ResultView } from './engine';

const slot = (item: Element, name: string) => item.querySelector<HTMLElement>(`[data-result="${name}"]`)!;

/** Pagefind's excerpt, keeping only its <mark>s: nothing in it is ever parsed as other HTML. */
function fillExcerpt(p: HTMLElement, excerpt: string) {
  const mark = p.querySelector('mark')!;
  const parsed = document.createElement('template');
  parsed.innerHTML = excerpt;
  p.replaceChildren(
    ...[...parsed.content.childNodes].map((node) => {
      if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
      const copy = mark.cloneNode() as HTMLElement;
      copy.textContent = node.textContent;
      return copy;
    }),
  );
}

function resultItem(template: HTMLTemplateElement, result: ResultView): Element {
  const item = template.content.firstElementChild!.cloneNode(true) as Element;
  const link = item.querySelector<HTMLAnchorElement>('a[data-search-result]')!;
  link.href = result.url;
  link.textContent = result.title;
  link.dataset.searchResult = result.kind ?? '';
  slot(item, 'context').textContent = result.context;
  fillExcerpt(slot(item, 'excerpt'), result.excerpt);
  if (result.matched) slot(item, 'matched').textContent = result.matched;
  else slot(item, 'matched').remove();
  return item;
}

export function renderResults(root: HTMLElement, results: ResultView[]) {
  const template = root.querySelector<HTMLTemplateElement>('template[data-search-template]')!;
  root.querySelector('[data-search-list]')!.replaceChildren(...results.map((result) => resultItem(template, result)));
}

/** Up and down arrows move between result links; the first arrow from the box enters the list. */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement, onEscape: () => void) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links()[0]) {
      event.preventDefault();
      links()[0]?.focus();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      onEscape();
    }
  });
}
