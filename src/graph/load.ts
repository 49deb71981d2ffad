/**
 * The one bridge between Astro's collections and the site graph. Pages call `loadSite()`; the
 * collections are read, checked and resolved once per build, and a content problem stops the build here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR } from '../site.config.ts';
import { buildSiteModel, type SiteModel } from './graph.ts';
import { readRegistry } from '../model/registry-file.ts';
import { ContentError } from '../model/checks.ts';

/** The registry of published URLs; a broken file stops the build. */
function registry(contentDir: string): string[] {
  const { urls, problems } = readRegistry(contentDir, contentDir.replace(/^\.\//, ''));
  if (problems.length > 0) throw new ContentError(problems);
  return urls;
}

interface Loaded {
  site: SiteModel;
  /** The collection entries behind the model's recommendations, for `render()`. */
  recommendationEntries: Map<string, CollectionEntry<'recommendations'>>;
}

let loaded: Promise<Loaded> | undefined;

/** The collections, read once per build and checked; a content problem stops the build here. */
function load(): Promise<Loaded> {
  loaded ??= (async () => {
    const [briefings, recommendations, tags, actors] = await Promise.all([
      getCollection('briefings'),
      getCollection('recommendations'),
      getCollection('tags'),
      getCollection('actors'),
    ]);
    const contentDir = CONTENT_DIR.replace(/^\.\//, '');
    return {
      site: buildSiteModel({ briefings, recommendations, tags, actors, permalinks: registry(CONTENT_DIR) }, contentDir),
      recommendationEntries: new Map(recommendations.map((entry) => [entry.id, entry])),
    };
  })();
  return loaded;
}

export async function loadSite(): Promise<SiteModel> {
  return (await load()).site;
}

/** The collection entry behind a model entry, for `render()`. */
export async function recommendationEntry(id: string): Promise<CollectionEntry<'recommendations'>> {
  const entry = (await load()).recommendationEntries.get(id);
  if (!entry) throw new Error(`Unknown recommendation "${id}"`);
  return entry;
}
