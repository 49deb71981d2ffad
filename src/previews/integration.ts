/**
 * Publishes the preview images listed in og/images.json (written by the route of that name) once
 * the pages are built: drawing them outside Astro's page loop lets them use every core and lets a
 * rebuild link unchanged images from the cache instead of rendering 14,000 routes.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writePreviewImages } from './preview-files.ts';
import type { PreviewImage } from './previews.ts';
import { OG_CACHE_DIR } from '../site.config.ts';

export const PREVIEW_LIST = 'og/images.json';

export default function previewImages(): AstroIntegration {
  return {
    name: 'briefing-room:preview-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const list = join(outDir, PREVIEW_LIST);
        const images = JSON.parse(await readFile(list, 'utf8')) as PreviewImage[];
        await rm(list);
        const { drawn, reused } = await writePreviewImages(outDir, images, { cacheDir: OG_CACHE_DIR });
        logger.info(`Preview images: ${drawn} drawn, ${reused} from the cache, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
