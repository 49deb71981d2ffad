/**
 * sitemap-index.xml and its sitemaps, by @astrojs/sitemap from the pages Astro built (paginated
 * lists included; the 404 it leaves out itself), without the old URLs of renamed entries: those
 * pages only send readers on, and come from the same list of former ids the routes build them from.
 */
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import type { SiteModel } from '../graph/graph.ts';
import { createRoutes } from '../lib/urls.ts';
import { loadBuiltSite } from './site-content.ts';

/** The site paths (with the base) of the redirect pages. */
export function redirectPaths(site: SiteModel, base: string): Set<string> {
  const paths = createRoutes(base);
  return new Set([
    ...site.redirects.briefing.map(({ from }) => paths.briefing(from)),
    ...site.redirects.recommendation.map(({ from }) => paths.recommendation(from)),
  ]);
}

export default function siteMap(): AstroIntegration {
  let base = '/';
  let redirects: Set<string> | undefined;
  const generator = sitemap({
    filter: (url) => {
      if (!redirects) throw new Error('the sitemap was asked for before the redirects were known');
      return !redirects.has(new URL(url).pathname);
    },
  });
  const { 'astro:config:done': configDone, 'astro:build:done': buildDone } = generator.hooks;
  return {
    name: 'briefing-room:sitemap',
    hooks: {
      ...generator.hooks,
      'astro:config:done': async (options) => {
        base = options.config.base;
        await configDone?.(options);
      },
      'astro:build:done': async (options) => {
        redirects = redirectPaths(await loadBuiltSite(), base);
        await buildDone?.(options);
      },
    },
  };
}
