/**
 * The one bridge between Astro's collections and the site model. Pages call `loadSite()`; the
 * collections are read and checked once per build, and a content problem stops the build here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR } from '../site.config.ts';
import { buildSiteModel, type SiteModel } from './model.ts';
import { REGISTRY_FILE } from './permalinks.ts';
import { ContentError } from './validate.ts';

/** The registry of published URLs; none yet is an empty list, a broken file stops the build. */
function readRegistry(contentDir: string): string[] {
  const file = join(contentDir, REGISTRY_FILE);
  if (!existsSync(file)) return [];
  try {
    const list: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(list) && list.every((url) => typeof url === 'string')) return list;
    throw new Error('expected a JSON array of URL strings');
  } catch (error) {
    throw new ContentError([
      { file, field: '(whole file)', message: `cannot be read: ${(error as Error).message}.`, hint: 'write a JSON array of published URLs, e.g. ["/briefings/x/", "/recommendations/y/"], or run npm run permalinks:update.' },
    ]);
  }
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
      site: buildSiteModel({ briefings, recommendations, tags, actors, permalinks: readRegistry(CONTENT_DIR) }, contentDir),
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
