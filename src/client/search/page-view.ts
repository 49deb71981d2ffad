/** The /search/ page: query and filters live in the URL, so a search can be shared. */
import { SEARCH_FILTERS, parseSearchParams, searchParamsOf, type FilterSelection, type SearchFilter } from '../../lib/search';
import { TYPING_MS, createSearchEngine, type FilterCounts } from './engine';
import { loadPagefind } from './pagefind';
import { arrowNavigation, renderResults } from './results';

/** The page shows more than the header box, and is read rather than glanced at. */
const PAGE_RESULTS = 50;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export async function mountSearchPage(root: HTMLElement) {
  const engine = createSearchEngine(loadPagefind);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const list = root.querySelector<HTMLElement>('[data-search-list]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  // The engine first: if it cannot load, the page keeps its no-JavaScript text and says why.
  const totals = await engine.totals();
  if (!totals) {
    status.textContent = engine.say('search.failed');
    return;
  }
  root.querySelector('[data-search-nojs]')?.remove();
  form.hidden = false;

  const state = parseSearchParams(new URLSearchParams(location.search));
  input.value = state.query;
  let filters: FilterSelection = state.filters;

  // The checkboxes are made once and then only updated: rebuilding them would drop the keyboard
  // focus of the one just ticked, and redo thousands of elements per keystroke on a large site.
  const counters = new Map<string, { box: HTMLInputElement; count: HTMLElement; value: string }>();
  filterBox.replaceChildren(
    ...SEARCH_FILTERS.filter((name) => totals[name]).map((name: SearchFilter) => {
      const fieldset = el('fieldset', 'mt-4');
      fieldset.append(el('legend', 'text-sm font-semibold', engine.say(`search.filter.${name}`)));
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
  const renderFilters = (counts: FilterCounts) => {
    for (const [key, { box, count, value }] of counters) {
      const name = key.slice(0, key.indexOf('\u0000')) as SearchFilter;
      box.checked = filters[name]?.includes(value) ?? false;
      count.textContent = `${value} (${counts[name]?.[value] ?? 0})`;
    }
  };

  const run = async (debounceMs: number) => {
    const query = input.value;
    history.replaceState(null, '', `?${searchParamsOf(query, filters).toString()}`);
    if (query.trim() === '' && Object.keys(filters).length === 0) {
      engine.stop();
      list.replaceChildren();
      status.textContent = engine.say('search.prompt');
      renderFilters(totals);
      return;
    }
    const view = await engine.run({ query, filters, limit: PAGE_RESULTS, debounceMs });
    if (!view) return;
    renderResults(root, view.failed ? [] : view.results);
    status.textContent = view.status;
    if (!view.failed) renderFilters(view.filters);
  };

  input.addEventListener('input', () => void run(TYPING_MS));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(0);
  });
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const name = box.name as SearchFilter;
    const values = new Set(filters[name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    filters = { ...filters, [name]: [...values] };
    if (values.size === 0) delete filters[name];
    void run(0);
  });
  arrowNavigation(input, list, () => input.focus());
  await run(0);
}
