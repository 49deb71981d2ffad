import type { APIRoute } from 'astro';
import { loadSite } from '../graph/load';
import { recommendationRows } from '../lib/exports';
import { absoluteUrl, routes, siteOrigin } from '../lib/urls';
import { SITE_NAME } from '../site.config';

/** Every recommendation as JSON, described by /recommendations.schema.json. */
export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const body = {
    $schema: absoluteUrl(routes.path('/recommendations.schema.json'), origin),
    site: SITE_NAME,
    recommendations: recommendationRows(await loadSite(), origin, routes),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
