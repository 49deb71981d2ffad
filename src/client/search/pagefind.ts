/**
 * Pagefind's engine, loaded from under the base path when a reader first searches, and the slice
 * of its browser API the site uses. Part of the search interface's chunk: nothing else loads it.
 */

export interface Pagefind {
  options(options: { baseUrl?: string; basePath?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  /**
   * Waits `debounceMs` (Pagefind's default: 300), then searches; resolves to null when a later call
   * started meanwhile (https://pagefind.app/docs/api/#debounced-search). `search()` itself never returns null.
   */
  debouncedSearch(term: string | null, options?: SearchOptions, debounceMs?: number): Promise<PagefindResponse | null>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A null term searches nothing but the filters: every record they allow. */
export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
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
