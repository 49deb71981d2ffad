/** The header box (SiteSearch.astro): results appear under it as the reader types. */
import { searchParamsOf } from '../../lib/search';
import { TYPING_MS, createSearchEngine } from './engine';
import { loadPagefind } from './pagefind';
import { placePanel } from './panel-placement';
import { arrowNavigation, renderResults } from './results';

/** How many results the header box shows; the rest are one link away, on /search/. */
const HEADER_RESULTS = 5;

export function mountHeaderSearch(input: HTMLInputElement, panel: HTMLElement) {
  const engine = createSearchEngine(loadPagefind);
  const list = panel.querySelector<HTMLElement>('[data-search-list]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  let stopPlacing: (() => void) | undefined;

  const open = (isOpen: boolean) => {
    panel.hidden = !isOpen;
    if (isOpen) stopPlacing ??= placePanel(input.form ?? input, panel);
    else {
      stopPlacing?.();
      stopPlacing = undefined;
    }
  };
  const run = async (debounceMs: number) => {
    const query = input.value;
    // One letter matches nearly everything; waiting for a second saves fetching results nobody reads.
    if (query.trim().length < 2) {
      engine.stop();
      list.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    const view = await engine.run({ query, filters: {}, limit: HEADER_RESULTS, debounceMs });
    if (!view) return;
    renderResults(panel, view.failed ? [] : view.results);
    status.textContent = view.status;
    more.href = `${more.pathname}?${searchParamsOf(query, {}).toString()}`;
    open(true);
  };
  const close = () => {
    open(false);
    input.focus();
  };

  input.addEventListener('input', () => void run(TYPING_MS));
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
  void loadPagefind().catch(() => undefined);
  // Keep the focus in the box while a result is pressed: Safari does not focus a clicked link, so
  // the box's focusout would otherwise close the results before the click lands.
  panel.addEventListener('mousedown', (event) => event.preventDefault());
  // Leaving the box and its results closes them.
  panel.parentElement?.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !panel.parentElement?.contains(next)) open(false);
  });
  if (input.value.trim() !== '') void run(0);
}
