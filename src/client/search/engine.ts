/**
 * The search both views run (the header box and the /search/ page): a query and filters in, what to
 * show out, in the reader's words. Failures and superseded searches are handled here, once; the
 * views only render what this returns. No DOM here, so it is tested with a fake Pagefind.
 */
import { enSearch, type SearchWords } from '../../i18n/en-search';
import { fill } from '../../i18n/fill';
import { highlightUrl, matchedAliases, searchKindOf, type FilterSelection, type SearchKind } from '../../lib/search';
import type { Pagefind, PagefindResult } from './pagefind';

export type FilterCounts = Record<string, Record<string, number>>;

/**
 * How long a keystroke waits for the next before searching: none, since Pagefind answers in a few
 * milliseconds; debouncedSearch still drops a search that a newer keystroke overtook.
 */
export const TYPING_MS = 0;

export interface SearchRequest {
  query: string;
  filters: FilterSelection;
  /** How many results to load in full; the count covers them all. */
  limit: number;
  /** How long to wait for the next keystroke first; 0 when the reader asked outright (Enter, a filter, a URL). */
  debounceMs: number;
}

export interface ResultView {
  url: string;
  title: string;
  /** Undefined only for a record indexed without a kind the interface knows. */
  kind: SearchKind | undefined;
  /** "Recommendation · its briefing · its proposer", "Briefing · its analyst". */
  context: string;
  /** Pagefind's excerpt: escaped text with <mark>s around the matched words. */
  excerpt: string;
  /** Why a result was found when the query named an actor by an alias; '' otherwise. */
  matched: string;
}

export type SearchView = { failed: false; status: string; results: ResultView[]; filters: FilterCounts } | { failed: true; status: string };

/** Briefing hits land on the narrative section that matched best, when it has its own heading. */
function bestTarget(result: PagefindResult): { url: string; excerpt: string } {
  const anchored = (result.sub_results ?? []).filter((s) => s.anchor);
  const best = anchored.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
  return best && (best.locations?.length ?? 0) > 0 ? best : result;
}

export function createSearchEngine(load: () => Promise<Pagefind>, words: SearchWords = enSearch) {
  const say = (key: keyof SearchWords, vars?: Record<string, string | number>) => fill(words[key], vars);
  let latest = 0;

  const resultView = (result: PagefindResult, query: string): ResultView => {
    const target = bestTarget(result);
    const kind = searchKindOf(result.meta.kind);
    const by = result.meta.proposer ?? result.meta.analyst;
    const names = matchedAliases(query, result.meta.aliases).map(({ label, alias }) => say('search.matchedName', { label, alias }));
    return {
      url: highlightUrl(target.url, query, result.meta.aliases),
      title: result.meta.title ?? target.url,
      kind,
      // A briefing's own title is the result's title: saying it again would only repeat it.
      context: [kind && say(`search.kind.${kind}`), kind === 'briefing' ? '' : result.meta.briefing, by].filter(Boolean).join(' · '),
      excerpt: target.excerpt,
      matched: names.length > 0 ? say('search.matched', { names: names.join(', ') }) : '',
    };
  };

  const status = (query: string, total: number) =>
    total === 0 ? say('search.none', { query }) : total === 1 ? say('search.one', { query }) : say('search.many', { count: total, query });

  return {
    /** What to show for a request; null when a newer request, or stop(), has superseded it. */
    async run({ query, filters, limit, debounceMs }: SearchRequest): Promise<SearchView | null> {
      const ticket = ++latest;
      try {
        const pagefind = await load();
        const selected = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
        const response = await pagefind.debouncedSearch(query.trim() === '' ? null : query, { filters: selected }, debounceMs);
        // Pagefind drops a search another debounced call overtook; ours also covers loading the results.
        if (!response || ticket !== latest) return null;
        const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
        if (ticket !== latest) return null;
        return { failed: false, status: status(query, response.results.length), results: data.map((r) => resultView(r, query)), filters: response.filters };
      } catch {
        return ticket === latest ? { failed: true, status: say('search.failed') } : null;
      }
    },
    /** Drops whatever search is under way: the reader has cleared the box or left it. */
    stop(): void {
      latest++;
    },
    /** Every filter value with its count before any search, or null when the engine cannot load. */
    async totals(): Promise<FilterCounts | null> {
      try {
        return await (await load()).filters();
      } catch {
        return null;
      }
    },
    say,
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
