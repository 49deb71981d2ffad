import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/urls';
import { SITE_URL } from '../site.config';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.path('/sitemap.xml'), (site ?? new URL(SITE_URL)).href)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
