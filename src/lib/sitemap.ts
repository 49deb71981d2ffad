/** Every page a reader can land on (not redirects, not the 404), for sitemap.xml. */
import type { SiteModel } from '../graph/graph.ts';
import type { Routes } from './urls.ts';

export function sitePages(site: SiteModel, routes: Routes): string[] {
  return [
    routes.home,
    routes.briefings,
    ...site.briefings.map((b) => routes.briefing(b.id)),
    routes.recommendations,
    routes.compare,
    ...site.recommendations.map((r) => routes.recommendation(r.id)),
    routes.tags,
    ...site.tags.map((t) => routes.tag(t.id)),
    routes.actors,
    ...site.actors.map((a) => routes.actor(a.id)),
    routes.search,
  ];
}
