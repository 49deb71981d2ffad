/**
 * Every internal URL the site prints comes from here, so the base path is applied in one place
 * and the published URL shapes (a promise to readers) are written down once.
 */

export interface Routes {
  home: string;
  briefings: string;
  briefing(id: string): string;
  /** A recommendation's section inside its briefing page. */
  recommendationInBriefing(briefingId: string, recommendationId: string): string;
  recommendations: string;
  recommendation(id: string): string;
  tags: string;
  tag(id: string): string;
  actors: string;
  actor(id: string): string;
  search: string;
  compare: string;
  /** What the site is and how briefings are made. */
  about: string;
  /** The RSS feed of new briefings. */
  feed: string;
  /** Any other site path (leading slash optional), with the base applied. */
  path(path: string): string;
}

/** Joins a base path ("/" or "/sub/") and a site path, keeping exactly one slash between them. */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

export function createRoutes(base: string): Routes {
  const at = (path: string) => withBase(base, path);
  return {
    home: at('/'),
    briefings: at('/briefings/'),
    briefing: (id) => at(`/briefings/${id}/`),
    recommendationInBriefing: (briefingId, recommendationId) => at(`/briefings/${briefingId}/#${recommendationId}`),
    recommendations: at('/recommendations/'),
    recommendation: (id) => at(`/recommendations/${id}/`),
    tags: at('/tags/'),
    tag: (id) => at(`/tags/${id}/`),
    actors: at('/actors/'),
    actor: (id) => at(`/actors/${id}/`),
    search: at('/search/'),
    compare: at('/compare/'),
    about: at('/about/'),
    feed: at('/feed.xml'),
    path: at,
  };
}

/** Routes for this build, under Astro's configured base. */
// import.meta.env exists under Vite only; scripts run in Node use paths without a base.
export const routes = createRoutes(import.meta.env?.BASE_URL ?? '/');

/** An absolute URL for canonical links and sharing. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/**
 * The origin absolute URLs start from: Astro's `site` (`Astro.site`, or `context.site` in an
 * endpoint), which astro.config.mjs always sets from SITE_URL.
 */
export function siteOrigin(site: URL | undefined): string {
  if (!site) throw new Error('Astro has no `site`: astro.config.mjs must set it (from SITE_URL) for canonical and share URLs.');
  return site.href;
}
