import type { APIRoute } from 'astro';
import { absoluteUrl, routes, siteOrigin } from '../lib/urls';

// The index @astrojs/sitemap writes (src/integrations/sitemap.ts); it names the sitemaps themselves.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.path('/sitemap-index.xml'), siteOrigin(site))}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
