import type { APIRoute } from 'astro';
import { loadSite } from '../graph/load';
import { recommendationRows, toCsv } from '../lib/exports';
import { routes } from '../lib/urls';
import { SITE_URL } from '../site.config';

/** The same rows as /recommendations.json, for spreadsheets. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(recommendationRows(await loadSite(), (site ?? new URL(SITE_URL)).href, routes)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
