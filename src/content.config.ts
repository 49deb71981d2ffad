import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { CONTENT_DIR } from './site.config';
import { COLLECTION_FILES } from './model/collection-files';
import { duplicateIdMessage, idFromPath } from './model/ids';
import { contentSchemas } from './model/schemas';

const schemas = contentSchemas(reference);

/**
 * Ids come from file names; two files with one name in different folders would claim one URL.
 * Say so in the editor's terms, whatever Astro's cache holds, before its generic duplicate error.
 */
function uniqueFileIds(collection: string) {
  let files: Map<string, string[]> | undefined;
  const index = (base: URL) => {
    files = new Map();
    for (const path of readdirSync(base, { recursive: true, encoding: 'utf8' })) {
      if (!path.endsWith('.mdx')) continue;
      const id = idFromPath(path);
      files.set(id, [...(files.get(id) ?? []), path.split(sep).join('/')]);
    }
    return files;
  };
  return ({ entry, base }: { entry: string; base: URL }) => {
    const id = idFromPath(entry);
    // Re-read the folder when a file appears that the index has not seen (dev server).
    const owners = (files?.get(id)?.includes(entry) ? files : index(base)).get(id) ?? [];
    const others = owners.filter((path) => path !== entry && existsSync(new URL(path, base)));
    if (others.length > 0) {
      throw new Error(
        duplicateIdMessage(
          collection,
          id,
          [entry, ...others].map((path) => `${CONTENT_DIR}/${collection}/${path}`),
        ),
      );
    }
    return id;
  };
}

const briefings = defineCollection({
  loader: glob({
    pattern: COLLECTION_FILES.briefings.pattern,
    base: `${CONTENT_DIR}/${COLLECTION_FILES.briefings.folder}`,
    generateId: uniqueFileIds('briefings'),
  }),
  schema: schemas.briefing,
});

const recommendations = defineCollection({
  loader: glob({
    pattern: COLLECTION_FILES.recommendations.pattern,
    base: `${CONTENT_DIR}/${COLLECTION_FILES.recommendations.folder}`,
    generateId: uniqueFileIds('recommendations'),
  }),
  schema: schemas.recommendation,
});

const tags = defineCollection({ loader: file(`${CONTENT_DIR}/${COLLECTION_FILES.tags}`), schema: schemas.tag });

const actors = defineCollection({ loader: file(`${CONTENT_DIR}/${COLLECTION_FILES.actors}`), schema: schemas.actor });

export const collections = { briefings, recommendations, tags, actors };
