import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/content';
import { renderPreview } from '../../../lib/og-image';
import { previewCards } from '../../../lib/previews';
import { SITE_NAME } from '../../../site.config';

/** One preview image per briefing and per recommendation: /og/briefings/<id>.png, /og/recommendations/<id>.png. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return previewCards(site, SITE_NAME).map(({ kind, id, card }) => ({ params: { kind, id }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.card)), { headers: { 'content-type': 'image/png' } });
