/**
 * The previews step of the post-build: publishes every preview image of the site once the pages
 * are built. Drawing them outside Astro's page loop lets them use every core and lets a rebuild
 * link unchanged images from the cache instead of rendering 14,000 routes.
 */
import type { SiteModel } from '../graph/graph.ts';
import { writePreviewImages } from './preview-files.ts';
import { previewImages } from './previews.ts';
import { OG_CACHE_DIR, SITE_DESCRIPTION, SITE_NAME } from '../site.config.ts';

export function publishPreviews(dir: string, site: SiteModel, cacheDir = OG_CACHE_DIR): Promise<{ drawn: number; reused: number }> {
  return writePreviewImages(dir, previewImages(site, SITE_NAME, SITE_DESCRIPTION), { cacheDir });
}
