/**
 * The words the search interface writes in the browser: part of the English dictionary (en.ts
 * spreads them in), kept in their own module so the search code carries only these. The words of
 * the search markup itself (box label, page intro) are in en.ts: the page already has them.
 */
export const enSearch = {
  'search.matched': 'Matched: {names}',
  'search.matchedName': '{label} (“{alias}”)',
  'search.kind.briefing': 'Briefing',
  'search.kind.recommendation': 'Recommendation',
  'search.none': 'No results for “{query}”.',
  'search.one': '1 result for “{query}”.',
  'search.many': '{count} results for “{query}”.',
  'search.prompt': 'Type to search, or choose a filter.',
  'search.filter.briefing': 'Briefing',
  'search.filter.proposer': 'Proposer',
  'search.filter.tag': 'Tag',
  'search.filter.actor': 'Actor',
  'search.failed': 'Search could not load. Reload the page to try again; everything is also reachable by browsing.',
} as const;

/** The search words in any language: a translation has the same keys. */
export type SearchWords = Record<keyof typeof enSearch, string>;
