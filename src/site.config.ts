/**
 * The one place for site-wide settings. Deploy-time values come from the environment so the
 * same checkout can be built for any host or sub-path without editing code.
 */

/** Reader-facing name of the site. */
export const SITE_NAME = 'Briefing Room';

/** One-line description used on the home page and as the fallback meta description. */
export const SITE_DESCRIPTION = 'Policy analyses of the 2020 US–Iraq strategic dialogue, with every recommendation searchable and linkable.';

/** Language of the interface and of the published (English) text. */
export const SITE_LANG = 'en';

/** Absolute origin the site is served from; needed for canonical and share URLs. */
export const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

/** Sub-path the site is deployed under, always with leading and trailing slash ("/" for the root). */
export const BASE_PATH = normaliseBasePath(process.env.BASE_PATH ?? '/');

/** Folder holding the content collections; tests point it at small fixture folders. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** Astro's cache (content data store, optimised assets); tests give each build its own. */
export const CACHE_DIR = process.env.CACHE_DIR ?? './node_modules/.astro';

/** Preview images, cached by a hash of what they show; outside dist/ and safe to delete. */
export const OG_CACHE_DIR = process.env.OG_CACHE_DIR ?? '.cache/og';

/** Where `astro build` writes; the build script stages into a temporary folder first. */
export const OUT_DIR = process.env.OUT_DIR ?? './dist';

/**
 * How many items a list page shows before it continues on "page/2/". Set LIST_PAGE_SIZE to use
 * one size for every list (the tests build with a tiny one so that pagination is exercised).
 */
const listPageSize = process.env.LIST_PAGE_SIZE ? Number(process.env.LIST_PAGE_SIZE) : undefined;
export const PAGE_SIZE = {
  briefings: listPageSize ?? 20,
  recommendations: listPageSize ?? 40,
} as const;

/** Newest briefings shown on the home page; the rest are a click away in /briefings/. */
export const HOME_BRIEFINGS = 6;

/** Newest briefings set side by side on /compare/: more columns do not fit a screen. */
export const COMPARE_BRIEFINGS = 4;

/** Newest briefings in the RSS feed. */
export const FEED_BRIEFINGS = 50;

export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Settings from the environment that change what briefing and recommendation pages print, for the incremental build's keys. */
export const PAGE_SETTINGS = { SITE_URL, BASE_PATH };
