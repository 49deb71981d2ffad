import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { RecommendationsExport } from '../lib/exports';

/** JSON Schema of /recommendations.json, generated from the schema the export is built with. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ title: 'Briefing Room recommendations', ...z.toJSONSchema(RecommendationsExport) }, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
