import type { APIRoute } from 'astro';
import { loadSite } from '../graph/load';
import { recommendationRows, toCsv } from '../lib/exports';
import { routes, siteOrigin } from '../lib/urls';

/** The same rows as /recommendations.json, for spreadsheets. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(recommendationRows(await loadSite(), siteOrigin(site), routes)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
