/**
 * The one place for site-wide settings. Deploy-time values come from the environment so the
 * same checkout can be built for any host or sub-path without editing code.
 */

/** Reader-facing name of the site. */
export const SITE_NAME = 'Briefing Room';

/** One-line description used on the home page and as the fallback meta description. */
export const SITE_DESCRIPTION =
  'Policy analyses of the 2020 US–Iraq strategic dialogue, with every recommendation searchable and linkable.';

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

/** Where `astro build` writes; the build script stages into a temporary folder first. */
export const OUT_DIR = process.env.OUT_DIR ?? './dist';

export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
