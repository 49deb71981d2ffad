/**
 * The plain shapes the site's logic works on, inferred from the zod schemas (src/model/schemas.ts)
 * so they are written once. A reference comes out as `{ id }`: Astro yields `{ id, collection }`,
 * and the logic reads only the id, so tests can build entries by hand.
 */
import type { z } from 'astro/zod';
import type { contentSchemas } from './schemas.ts';

/** A link to another entry, as far as the logic reads it. */
export interface Ref {
  id: string;
}

/** The schemas as `contentSchemas` builds them with a reference that yields a `Ref`. */
type Schemas = ReturnType<typeof contentSchemas<z.ZodType<Ref>>>;

export type BriefingData = z.infer<Schemas['briefing']>;
export type RecommendationData = z.infer<Schemas['recommendation']>;
export type TagData = z.infer<Schemas['tag']>;
export type ActorData = z.infer<Schemas['actor']>;

export type EditorNote = BriefingData['editorNotes'][number];
export type PublishedDate = BriefingData['original']['published'];
export type CitedSource = BriefingData['citedSources'][number];
export type RelatedInput = RecommendationData['related'][number];

/** An entry as a collection yields it: id, data, and where it came from. */
export interface Entry<D> {
  id: string;
  data: D;
  /** Path of the source file, relative to the project root. */
  filePath?: string | undefined;
  /** Raw MDX body (briefings only need it, to find where recommendations are placed). */
  body?: string | undefined;
}

export type Briefing = Entry<BriefingData>;
export type Recommendation = Entry<RecommendationData>;
export type Tag = Entry<TagData>;
export type Actor = Entry<ActorData>;

export interface ContentInput {
  briefings: Briefing[];
  recommendations: Recommendation[];
  tags: Tag[];
  actors: Actor[];
  /** Every briefing and recommendation URL ever published (content/permalinks.json), base-less. */
  permalinks?: string[];
}
