import type { APIRoute } from 'astro';
import { loadSite } from '../graph/load';
import { sitePages } from '../lib/sitemap';
import { absoluteUrl, routes } from '../lib/urls';
import { SITE_URL } from '../site.config';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const origin = (site ?? new URL(SITE_URL)).href;
  const urls = sitePages(await loadSite(), routes).map((path) => `  <url><loc>${escapeXml(absoluteUrl(path, origin))}</loc></url>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`, {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
