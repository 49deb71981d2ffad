/**
 * The search interface on Pagefind's JS API: the header box (results under it, as you type) and the
 * /search/ page (query and filters in the URL). Loaded only when a reader starts to search.
 */
import { enSearch } from '../../i18n/en-search';
import { fill } from '../../i18n/fill';
import {
  SEARCH_FILTERS,
  highlightUrl,
  matchedAliases,
  parseSearchParams,
  searchParamsOf,
  type FilterSelection,
  type SearchFilter,
} from '../../lib/search';
import { loadPagefind, type PagefindResult } from './pagefind';
import { placePanel } from './panel-placement';

/** The search words only: the browser need not download the whole dictionary. */
const t = (key: keyof typeof enSearch, vars?: Record<string, string | number>) => fill(enSearch[key], vars);

export interface ResultView {
  url: string;
  title: string;
  kind: string;
  briefing: string;
  /** Who is credited: a recommendation's proposer, a briefing's analyst. */
  by: string;
  excerpt: string;
  matched: { label: string; alias: string }[];
}

/** Briefing hits land on the narrative section that matched best, when it has its own heading. */
function bestTarget(result: PagefindResult): { url: string; excerpt: string } {
  const anchored = (result.sub_results ?? []).filter((s) => s.anchor);
  const best = anchored.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  return best && (best.locations?.length ?? 0) > 0 ? best : result;
}

export async function search(query: string, filters: FilterSelection, limit: number) {
  const pagefind = await loadPagefind();
  const selected = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
  const response = await pagefind.search(query.trim() === '' ? null : query, { filters: selected });
  if (!response) return null; // superseded by a newer search
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  const results: ResultView[] = data.map((result) => {
    const target = bestTarget(result);
    return {
      url: highlightUrl(target.url, query),
      title: result.meta.title ?? target.url,
      kind: result.meta.kind ?? '',
      briefing: result.meta.briefing ?? '',
      by: result.meta.proposer ?? result.meta.analyst ?? '',
      excerpt: target.excerpt,
      matched: matchedAliases(query, result.meta.aliases),
    };
  });
  return { results, total: response.results.length, filters: response.filters };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt, keeping only its <mark>s: nothing in it is ever parsed as other HTML. */
function excerptNode(excerpt: string): HTMLElement {
  const p = el('p', 'mt-1 text-sm text-stone-700 dark:text-stone-300');
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') p.append(el('mark', 'rounded-sm bg-amber-200 px-0.5 text-stone-950 dark:bg-amber-300', node.textContent ?? ''));
    else p.append(document.createTextNode(node.textContent ?? ''));
  }
  return p;
}

function resultItem(result: ResultView): HTMLLIElement {
  const li = el('li', 'py-3');
  const link = el('a', 'link font-semibold', result.title);
  link.href = result.url;
  link.dataset.searchResult = result.kind;
  li.append(link);
  const context = [result.kind, result.kind === 'Briefing' ? '' : result.briefing, result.by].filter(Boolean).join(' · ');
  li.append(el('p', 'text-xs text-stone-600 dark:text-stone-400', context));
  li.append(excerptNode(result.excerpt));
  if (result.matched.length > 0) {
    const names = result.matched.map((m) => `${m.label} (“${m.alias}”)`).join(', ');
    li.append(el('p', 'mt-1 text-xs text-stone-600 dark:text-stone-400', t('search.matched', { names })));
  }
  return li;
}

function renderResults(list: HTMLElement, status: HTMLElement, query: string, outcome: Awaited<ReturnType<typeof search>>) {
  if (!outcome) return;
  list.replaceChildren(...outcome.results.map(resultItem));
  status.textContent =
    outcome.total === 0 ? t('search.none', { query }) : outcome.total === 1 ? t('search.one', { query }) : t('search.many', { count: outcome.total, query });
}

/** Up and down arrows move between result links; the first arrow from the box enters the list. */
function arrowNavigation(input: HTMLInputElement, list: HTMLElement, onEscape: () => void) {
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

/** How many results the header box shows; the rest are one link away, on /search/. */
const HEADER_RESULTS = 5;

/** The header box: results appear under it as the reader types. */
export function mountHeaderSearch(input: HTMLInputElement, panel: HTMLElement) {
  const list = panel.querySelector<HTMLElement>('[data-search-list]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  let latest = 0;
  let stopPlacing: (() => void) | undefined;

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    if (isOpen) stopPlacing ??= placePanel(input.form ?? input, panel);
    else {
      stopPlacing?.();
      stopPlacing = undefined;
    }
  };
  const run = async () => {
    const query = input.value;
    const ticket = ++latest;
    // One letter matches nearly everything; waiting for a second saves fetching results nobody reads.
    if (query.trim().length < 2) {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    const outcome = await search(query, {}, HEADER_RESULTS).catch(() => undefined);
    if (ticket !== latest) return; // a newer keystroke's results are coming
    if (!outcome) {
      list.replaceChildren();
      status.textContent = t('search.failed');
      open(true);
      return;
    }
    renderResults(list, status, query, outcome);
    more.href = `${more.pathname}?${searchParamsOf(query, {}).toString()}`;
    open(true);
  };
  const close = () => {
    open(false);
    input.focus();
  };

  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // The first Escape closes the results and keeps the query (Chromium would clear a search box).
      if (!panel.hidden) {
        event.preventDefault();
        close();
      } else input.blur();
    }
  });
  arrowNavigation(input, list, close);
  // Warm the engine while the reader starts typing.
  void loadPagefind();
  // Keep the focus in the box while a result is pressed: Safari does not focus a clicked link, so
  // the box's focusout would otherwise close the results before the click lands.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  // Leaving the box and its results closes them.
  panel.parentElement?.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !panel.parentElement?.contains(next)) open(false);
  });
  if (input.value.trim() !== '') void run();
}

/** The /search/ page: query and filters live in the URL, so a search can be shared. */
export async function mountSearchPage(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const list = root.querySelector<HTMLElement>('[data-search-list]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  // The engine first: if it cannot load, the page keeps its no-JavaScript text and says why.
  const loaded = await loadPagefind()
    .then(async (pagefind) => ({ totals: await pagefind.filters() }))
    .catch(() => undefined);
  if (!loaded) {
    status.textContent = t('search.failed');
    return;
  }
  const { totals } = loaded;
  root.querySelector('[data-search-nojs]')?.remove();
  form.hidden = false;

  const state = parseSearchParams(new URLSearchParams(location.search));
  input.value = state.query;
  let filters: FilterSelection = state.filters;
  let latest = 0;

  // The checkboxes are made once and then only updated: rebuilding them would drop the keyboard
  // focus of the one just ticked, and redo thousands of elements per keystroke on a large site.
  const counters = new Map<string, { box: HTMLInputElement; count: HTMLElement; value: string }>();
  filterBox.replaceChildren(
    ...SEARCH_FILTERS.filter((name) => totals[name]).map((name: SearchFilter) => {
      const fieldset = el('fieldset', 'mt-4');
      fieldset.append(el('legend', 'text-sm font-semibold', t(`search.filter.${name}`)));
      for (const value of Object.keys(totals[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en'))) {
        const label = el('label', 'mt-1 flex items-start gap-2 text-sm');
        const box = el('input', 'mt-1');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        const count = el('span', '');
        label.append(box, count);
        fieldset.append(label);
        counters.set(`${name}\u0000${value}`, { box, count, value });
      }
      return fieldset;
    }),
  );
  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    for (const [key, { box, count, value }] of counters) {
      const name = key.slice(0, key.indexOf('\u0000')) as SearchFilter;
      box.checked = filters[name]?.includes(value) ?? false;
      count.textContent = `${value} (${counts[name]?.[value] ?? 0})`;
    }
  };

  const run = async () => {
    const query = input.value;
    const ticket = ++latest;
    history.replaceState(null, '', `?${searchParamsOf(query, filters).toString()}`);
    if (query.trim() === '' && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = t('search.prompt');
      renderFilters(totals);
      return;
    }
    const outcome = await search(query, filters, 50);
    if (ticket !== latest || !outcome) return;
    renderResults(list, status, query, outcome);
    renderFilters(outcome.filters);
  };

  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as SearchFilter;
    const values = new Set(filters[name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    filters = { ...filters, [name]: [...values] };
    if (values.size === 0) delete filters[name];
    void run();
  });
  arrowNavigation(input, list, () => input.focus());
  await run();
}
