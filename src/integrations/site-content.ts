/**
 * The site model for build steps that run outside Astro's page loop (the preview images, the
 * sitemap's redirects), where `astro:content` does not exist: the content checker reads the same
 * files as Astro's collections, through the same schemas, so both see the same entries.
 */
import { resolve } from 'node:path';
import { checkContent } from '../../scripts/content/content-check.ts';
import { buildSiteModel, type SiteModel } from '../graph/graph.ts';
import { ContentError } from '../model/checks.ts';
import { CONTENT_DIR } from '../site.config.ts';

let loaded: Promise<SiteModel> | undefined;

/** Read once per build; every step that asks shares it. */
export function loadBuiltSite(): Promise<SiteModel> {
  loaded ??= (async () => {
    const contentDir = CONTENT_DIR.replace(/^\.\//, '');
    const { content, problems } = await checkContent(resolve(CONTENT_DIR), { shownDir: contentDir });
    if (problems.length > 0) throw new ContentError(problems);
    return buildSiteModel(content, contentDir);
  })();
  return loaded;
}
