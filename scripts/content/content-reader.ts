/**
 * The one reader of the content folder for every tool: the build and `npm run validate` (through
 * content-check.ts), `npm run new:*`, `npm run import` and `npm run permalinks:update`. It lists
 * entry files with the glob patterns the collections use (src/model/collection-files.ts) and
 * parses YAML as Astro does (timestamps included), so no tool sees a file another one misses.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { COLLECTION_FILES } from '../../src/model/collection-files.ts';
import { idFromPath } from '../../src/model/ids.ts';

export type EntryCollection = 'briefings' | 'recommendations';
export type ListName = 'tags' | 'actors';

export interface CollectionFiles {
  /** Every file in the collection's folder, relative to it, '/'-separated and sorted. */
  all: string[];
  /** The ones the collection reads as entries (its glob pattern). */
  entries: string[];
}

export function collectionFiles(contentDir: string, collection: EntryCollection): CollectionFiles {
  const { folder, pattern } = COLLECTION_FILES[collection];
  const dir = join(contentDir, folder);
  if (!existsSync(dir)) return { all: [], entries: [] };
  const all = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
  return { all, entries: all.filter((name) => matchesGlob(name, pattern)) };
}

/** A file's text as Astro reads it: a byte-order mark (invisible in editors) is dropped. */
export function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** An entry file's frontmatter and body, or undefined when it has no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyStartLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1]!, body: text.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

/** YAML parsed as Astro's loaders parse it, with line numbers for messages. */
export function parseYaml(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, customTags: ['timestamp'] });
  return { doc, lineCounter };
}

/** A list file (tags.yaml, actors.yaml) as plain data, or undefined when it is missing or unreadable. */
export function readList(contentDir: string, list: ListName): unknown[] | undefined {
  const path = join(contentDir, COLLECTION_FILES[list]);
  if (!existsSync(path)) return undefined;
  const { doc } = parseYaml(readText(path));
  if (doc.errors.length) return undefined;
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 50 });
    return Array.isArray(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** What the editor tools need to know before they write: which ids are taken, and the vocabulary. */
export interface ContentIndex {
  briefings: string[];
  /** Every recommendation file, with its id and its path relative to the content folder. */
  recommendations: { id: string; path: string }[];
  /** Tag ids in the order tags.yaml lists them. */
  tags: string[];
}

export function indexContent(contentDir: string): ContentIndex {
  const folder = (collection: EntryCollection) => COLLECTION_FILES[collection].folder;
  const ids = (list: unknown[] | undefined) => (list ?? []).flatMap((item) => (typeof (item as { id?: unknown })?.id === 'string' ? [(item as { id: string }).id] : []));
  return {
    briefings: collectionFiles(contentDir, 'briefings').entries.map(idFromPath),
    recommendations: collectionFiles(contentDir, 'recommendations').entries.map((name) => ({ id: idFromPath(name), path: `${folder('recommendations')}/${name}` })),
    tags: ids(readList(contentDir, 'tags')),
  };
}
