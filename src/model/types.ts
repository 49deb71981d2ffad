/**
 * The plain shapes the site's logic works on. They mirror what the content collections yield
 * (see src/content.config.ts), narrowed to what the logic reads, so tests can build them by hand.
 */
import type { ActorKind, DateBasis, Relation } from './vocabulary.ts';

export interface Ref {
  id: string;
}

export interface EditorNote {
  source: string;
  printed: string;
  reason: string;
}

export interface PublishedDate {
  date: string;
  basis: DateBasis;
  note?: string | undefined;
}

export interface CitedSource {
  id: string;
  name: string;
  description: string;
  url?: string | undefined;
  /** The editors' identification of the source, with its basis. */
  identifiedAs?:
    | { author?: string | undefined; title: string; publisher: string; published: PublishedDate; url?: string | undefined; basis: string }
    | undefined;
}

export interface BriefingData {
  title: string;
  summary: string;
  analyst: { name: string; affiliation: string; affiliationBasis: DateBasis; affiliationNote?: string | undefined };
  original: {
    publisher: string;
    title?: string | undefined;
    url?: string | undefined;
    published: PublishedDate;
    language: string;
  };
  reportedBy: { outlet: string | null; outletNote?: string | undefined; url?: string | undefined; language: string; translation: string };
  citedSources: CitedSource[];
  editorNotes: EditorNote[];
  formerIds: string[];
}

export interface RelatedInput {
  recommendation: Ref;
  relation: Relation;
  note: string;
}

export interface RecommendationData {
  briefing: Ref;
  order: number;
  title: string;
  sourceHeading?: string | undefined;
  titleFrom: 'heading' | 'editors';
  summary: string;
  tags: Ref[];
  actors: Ref[];
  proposer: string;
  related: RelatedInput[];
  editorNotes: EditorNote[];
  formerIds: string[];
}

export interface TagData {
  label: string;
  description: string;
}

export interface ActorData {
  label: string;
  kind: ActorKind;
  description: string;
  aliases: string[];
}

/** An entry as a collection yields it: id, data, and where it came from. */
export interface Entry<D> {
  id: string;
  data: D;
  /** Path of the source file, relative to the project root. */
  filePath?: string | undefined;
  /** Raw MDX body (briefings only need it, to find where recommendations are placed). */
  body?: string | undefined;
}

export interface ContentInput {
  briefings: Entry<BriefingData>[];
  recommendations: Entry<RecommendationData>[];
  tags: Entry<TagData>[];
  actors: Entry<ActorData>[];
  /** Every briefing and recommendation URL ever published (content/permalinks.json), base-less. */
  permalinks?: string[];
}
