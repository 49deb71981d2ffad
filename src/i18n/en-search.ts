/**
 * The search interface's words: part of the English dictionary (en.ts spreads them in), kept in
 * their own module so the search code, which runs in the browser, carries only these.
 */
export const enSearch = {
  'search.label': 'Search briefings and recommendations',
  'search.pageLabel': 'Search, with filters',
  'search.placeholder': 'Search',
  'search.results': 'Search results',
  'search.more': 'All results, with filters',
  'search.matched': 'Matched: {names}',
  'search.none': 'No results for “{query}”.',
  'search.one': '1 result for “{query}”.',
  'search.many': '{count} results for “{query}”.',
  'search.prompt': 'Type to search, or choose a filter.',
  'search.title': 'Search',
  'search.intro': 'Search every briefing and recommendation. Names find every spelling the sources use, in Latin or Arabic script.',
  'search.submit': 'Search',
  'search.filters': 'Filters',
  'search.filter.briefing': 'Briefing',
  'search.filter.proposer': 'Proposer',
  'search.filter.tag': 'Tag',
  'search.filter.actor': 'Actor',
  'search.failed': 'Search could not load. Reload the page to try again; everything is also reachable by browsing.',
  'search.noJs': 'Search needs JavaScript, which is off or failed to load in this browser. Everything is also reachable by browsing:',
} as const;
