/**
 * Every page's text with curly quotes (src/lib/typography.ts), whatever component printed it: a
 * title, a tag label, an editor's note or a dictionary string. Feeds and data files keep the
 * editors' characters.
 */
import { defineMiddleware } from 'astro:middleware';
import { typographicHtml } from './lib/typography.ts';

export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(typographicHtml(await response.text()), response);
});
