/**
 * Where each collection's files are, in one place: Astro's loaders (src/content.config.ts) and the
 * content checker (scripts/content/content-check.ts) read the same files, so no file is read by one
 * and missed by the other.
 */
export const COLLECTION_FILES = {
  /** Briefings sit at the top of their folder: the file name is the id and the URL. */
  briefings: { folder: 'briefings', pattern: '*.mdx' },
  /** Recommendations sit in a folder named after their briefing. */
  recommendations: { folder: 'recommendations', pattern: '**/*.mdx' },
  tags: 'tags.yaml',
  actors: 'actors.yaml',
} as const;
