// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import postBuild from './src/integrations/post-build.ts';
import siteMap from './src/integrations/sitemap.ts';
import { BASE_PATH, CACHE_DIR, OUT_DIR, SITE_URL } from './src/site.config.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  outDir: OUT_DIR,
  cacheDir: CACHE_DIR,
  // Every URL ends in "/" so a link pasted into a chat resolves to the same page on any static host.
  trailingSlash: 'always',
  // The stylesheet travels inside each page: no render-blocking request before the text shows.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Two files claiming one id must stop the build, not silently replace each other.
  prerenderConflictBehavior: 'error',
  // Keep the spaces between inline elements (v7's 'jsx' default drops them).
  compressHTML: true,
  // Unchanged briefing and recommendation pages are copied from the last build (src/graph/cache-keys.ts).
  experimental: { incrementalBuild: true },
  integrations: [mdx(), postBuild(), siteMap()],
  vite: {
    plugins: [tailwindcss()],
    // Scripts stay files, never inline: a Content-Security-Policy can then allow them by origin.
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with a directive the bundler warns about (withastro/astro#18087):
        // harmless, but one warning per entry buries real messages once there are thousands.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
