import type { APIRoute } from 'astro';
import { loadSite } from '../../graph/load';
import { previewImages } from '../../previews/previews';
import { SITE_DESCRIPTION, SITE_NAME } from '../../site.config';

/**
 * The list of preview images to publish, for the preview-images integration, which draws them
 * (cached, on every core) after the pages are built and removes this file.
 */
export const GET: APIRoute = async () => Response.json(previewImages(await loadSite(), SITE_NAME, SITE_DESCRIPTION));
