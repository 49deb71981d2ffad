/**
 * The one bridge between Astro's collections and the site model. Pages call `loadSite()`; the
 * collections are read and checked once per build, and a content problem stops the build here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR } from '../site.config';
import { buildSiteModel, type SiteModel } from './model';

let site: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
  site ??= (async () => {
    const [briefings, recommendations, tags, actors] = await Promise.all([
      getCollection('briefings'),
      getCollection('recommendations'),
      getCollection('tags'),
      getCollection('actors'),
    ]);
    return buildSiteModel({ briefings, recommendations, tags, actors }, CONTENT_DIR.replace(/^\.\//, ''));
  })();
  return site;
}

/** The collection entry behind a model entry, for `render()`. */
export async function recommendationEntry(id: string): Promise<CollectionEntry<'recommendations'>> {
  const all = await recommendationEntries();
  const entry = all.get(id);
  if (!entry) throw new Error(`Unknown recommendation "${id}"`);
  return entry;
}

let recEntries: Promise<Map<string, CollectionEntry<'recommendations'>>> | undefined;
function recommendationEntries() {
  recEntries ??= getCollection('recommendations').then((all) => new Map(all.map((e) => [e.id, e])));
  return recEntries;
}
