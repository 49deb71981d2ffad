/**
 * The small part of search every page may need: where Pagefind's files are (under the base
 * path) and loading them on demand. The engine and index are fetched only when a reader searches.
 */

/** The slice of Pagefind's browser API the site uses. */
export interface Pagefind {
  options(options: { baseUrl?: string; basePath?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindResult> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id: string }; locations?: number[] }[];
}

const base = import.meta.env.BASE_URL;

let engine: Promise<Pagefind> | undefined;

/** Loads and starts Pagefind once; later calls share it. */
export function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Index URLs are stored without the base path; Pagefind prefixes it to every result.
    // No worker: on an index this size a search takes a few milliseconds on the main thread,
    // and the worker script would add 12 KB (gzip) to the first search.
    await pagefind.options({ baseUrl: base, excerptLength: 22, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return engine;
}

/** Marks the words a search result carried (?highlight=…) and brings the target section into view. */
export async function loadHighlighter(): Promise<void> {
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
    default: new (options: object) => unknown;
  };
  new PagefindHighlight({
    highlightParam: 'highlight',
    // Our stylesheet styles the marks; Pagefind's injected <style> would be a second source.
    addStyles: false,
    markContext: document.querySelector('main'),
    // The default skips [data-pagefind-ignore], which would leave recommendation sections unmarked;
    // tag chips and "open"/"copy" links are navigation, not the text the reader searched.
    markOptions: { className: 'pagefind-highlight', exclude: ['nav', 'nav *', 'body > header', 'body > header *', '[data-no-highlight]', '[data-no-highlight] *'] },
  });
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView({ block: 'start' });
}
