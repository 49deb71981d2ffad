import type { APIRoute } from 'astro';
import { renderPreview } from '../../lib/og-image';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site.config';

/** The preview for pages that are not one briefing or recommendation (lists, tags, actors). */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderPreview({ kind: SITE_NAME, title: SITE_DESCRIPTION, lines: [], siteName: SITE_NAME })), {
    headers: { 'content-type': 'image/png' },
  });
