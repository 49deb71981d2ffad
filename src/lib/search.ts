/**
 * Search logic shared by the build (what goes into the index) and the browser (how results read):
 * plain functions on plain data, so both sides and the tests agree.
 */
import type { Actor } from '../model/types.ts';
import { escapeRegExp } from './regexp.ts';
import { isArabicScript } from './writing-system.ts';

/** Lowercase, without diacritics or a leading Arabic article "al-", for comparing spellings. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^al[-\s]+/, '')
    .trim();
}

/**
 * Aliases travel in the index as one metadata string, "Label = alias | alias ; Label = alias", which
 * Pagefind also searches: that is what makes every spelling find the record. The separators stand
 * apart so they never glue two names into one indexed word.
 */
export function encodeAliases(actors: readonly Actor[]): string {
  const clean = (name: string) => name.replace(/[=;|]/g, ' ').replace(/\s+/g, ' ').trim();
  return actors.map((actor) => `${clean(actor.data.label)} = ${actor.data.aliases.map(clean).join(' | ')}`).join(' ; ');
}

export function decodeAliases(meta: string | undefined): { label: string; aliases: string[] }[] {
  if (!meta) return [];
  return meta
    .split(';')
    .filter((part) => part.trim())
    .map((part) => {
      const [label = '', aliases = ''] = part.split('=');
      return {
        label: label.trim(),
        aliases: aliases
          .split('|')
          .map((a) => a.trim())
          .filter(Boolean),
      };
    });
}

/** Words of a query, as a reader typed them. */
export function queryWords(query: string): string[] {
  return query
    .split(/[\s,]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/**
 * The actor names a query reached only through an alias, so a result can say why it was found:
 * "Kazemi" → [{ label: "Mustafa al-Kadhimi", alias: "Kazemi" }]. A word that is a prefix of an alias
 * counts, as the search matches prefixes too.
 */
export function matchedAliases(query: string, aliasMeta: string | undefined): { label: string; alias: string }[] {
  const words = queryWords(query)
    .map(foldName)
    .filter((w) => w.length >= 2);
  const found: { label: string; alias: string }[] = [];
  for (const { label, aliases } of decodeAliases(aliasMeta)) {
    const labelWords = label.split(/\s+/).map(foldName);
    for (const word of words) {
      if (labelWords.some((l) => l.startsWith(word))) continue;
      // The alias the reader typed whole, else the first one a typed word begins.
      const alias =
        aliases.find((a) => foldName(a) === word) ??
        aliases.find(
          (a) =>
            foldName(a).startsWith(word) ||
            a
              .split(/\s+/)
              .map(foldName)
              .some((part) => part.startsWith(word)),
        );
      if (alias && !found.some((f) => f.label === label)) found.push({ label, alias });
    }
  }
  return found;
}

/**
 * Actors a text names by their label or a Latin-script alias, whole words, any case. Used for
 * narrative text, where no editor lists the actors by hand.
 * Looser than actor links (src/lib/actor-links.ts) on purpose: a missed mention hides a page from a filter; a wrong link misleads.
 */
export function actorsMentioned<A extends Actor>(text: string, actors: A[]): A[] {
  return actors.filter((actor) =>
    [actor.data.label, ...actor.data.aliases]
      .filter((name) => !isArabicScript(name) && name.length > 2)
      .some((name) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, 'iu').test(text)),
  );
}

/** Briefings whose own summary or narrative names the actor, by its label or any Latin alias. */
export function briefingsNaming<B extends { data: { summary: string }; body?: string | undefined }>(briefings: B[], actor: Actor): B[] {
  return briefings.filter((b) => actorsMentioned(`${b.data.summary}\n${b.body ?? ''}`, [actor]).length > 0);
}

/** The names an actor goes by in print: its label, split from a bracketed short form, and its aliases. */
function printedNames({ label, aliases }: { label: string; aliases: string[] }): string[] {
  const short = /\(([^)]+)\)/.exec(label)?.[1];
  return [label.replace(/\s*\([^)]*\)/g, ''), ...(short ? [short] : []), ...aliases];
}

/**
 * What a landing page marks for a query: its words, except that a word which found the result only
 * through an actor's alias ("Kazemi", "the crowd") gives way to every name that actor is printed under.
 */
export function highlightTerms(query: string, aliasMeta?: string): string[] {
  const matched = new Set(matchedAliases(query, aliasMeta).map((m) => m.label));
  const names = decodeAliases(aliasMeta)
    .filter((actor) => matched.has(actor.label))
    .flatMap(printedNames);
  const words = queryWords(query).filter((word) => matchedAliases(word, aliasMeta).length === 0);
  const terms = [...words, ...names];
  return terms.filter((term, at) => terms.findIndex((other) => other.toLowerCase() === term.toLowerCase()) === at);
}

/**
 * A result link that carries what the target page marks: "/b/?highlight=x#id". With the result's
 * alias metadata, an alias match carries the actor's printed names (highlightTerms).
 */
export function highlightUrl(url: string, query: string, aliasMeta?: string): string {
  const words = highlightTerms(query, aliasMeta);
  const [path = '', hash] = url.split('#', 2);
  if (words.length === 0) return url;
  const params = new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '');
  for (const word of words) params.append('highlight', word);
  const bare = path.includes('?') ? path.slice(0, path.indexOf('?')) : path;
  return `${bare}?${params.toString()}${hash ? `#${hash}` : ''}`;
}

/**
 * The filters a reader can combine with a query, in the order they are shown. `proposer` is who
 * makes a recommendation (the analyst, or a report the briefing cites), so only recommendations carry it.
 */
export const SEARCH_FILTERS = ['briefing', 'proposer', 'tag', 'actor'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export type FilterSelection = Partial<Record<SearchFilter, string[]>>;

/** What a search record is, as the index stores it: a stable value, labelled from the dictionary when shown. */
export const SEARCH_KINDS = ['briefing', 'recommendation'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function searchKindOf(value: string | undefined): SearchKind | undefined {
  return SEARCH_KINDS.find((kind) => kind === value);
}

/** Query and filters to and from the /search/ URL, so a search can be shared. */
export function searchParamsOf(query: string, filters: FilterSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const name of SEARCH_FILTERS) for (const value of filters[name] ?? []) params.append(name, value);
  return params;
}

/** Names a filter had in earlier versions, still read from URLs shared then: `analyst` became `proposer`. */
const FORMER_PARAMS: Partial<Record<SearchFilter, string[]>> = { proposer: ['analyst'] };

export function parseSearchParams(params: URLSearchParams): { query: string; filters: FilterSelection } {
  const filters: FilterSelection = {};
  for (const name of SEARCH_FILTERS) {
    const values = [name, ...(FORMER_PARAMS[name] ?? [])].flatMap((param) => params.getAll(param)).filter(Boolean);
    if (values.length > 0) filters[name] = [...new Set(values)];
  }
  return { query: params.get('q') ?? '', filters };
}
