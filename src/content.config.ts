import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_DIR } from './site.config';
import { ID_PATTERN, idFromPath, idHint } from './lib/ids';
import { DATE_BASES, RELATIONS, ACTOR_KINDS } from './lib/vocabulary';

/** A stable id: lowercase kebab-case, never derived from position. */
const id = z.string().regex(ID_PATTERN, { error: (issue) => idHint(String(issue.input)) });

/** A correction the editors made to the translation, shown to readers. */
const editorNote = z.object({
  /** What the translation we received says, verbatim. */
  source: z.string().min(1),
  /** What the site prints instead. */
  printed: z.string().min(1),
  /** Why: the garble it mends, or the convention it follows. */
  reason: z.string().min(1),
});

/** A date that may be known only to the month or year, and how we know it. */
const partialDate = z.object({
  /** ISO date cut to its precision: "2020", "2020-05" or "2020-05-12". */
  date: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows',
  }),
  /** Where the date comes from: stated in the text, inferred from it, or from the provenance record. */
  basis: z.enum(DATE_BASES),
});

/** A report or article that the briefing cites and whose proposals it reports. */
const citedSource = z.object({
  /** Used as a recommendation's `proposer` when the proposal is this source's. */
  id,
  /** The source's name as printed, e.g. "Atlantic Council report". */
  name: z.string().min(1),
  /** What is known about it, in one sentence. */
  description: z.string().min(1),
});

const briefings = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/briefings`, generateId: ({ entry }) => idFromPath(entry) }),
  schema: z.object({
    /** The briefing's title as readers see it. */
    title: z.string().min(1),
    /** One paragraph saying what the analysis argues. */
    summary: z.string().min(1),
    /** The author of the original analysis. */
    analyst: z.object({
      name: z.string().min(1),
      /** Institution and role, e.g. "Visiting fellow, Brookings Institution". */
      affiliation: z.string().min(1),
    }),
    /** The original publication the press summary reported on. */
    original: z.object({
      publisher: z.string().min(1),
      /** The original's title, only where it is known; never invented. */
      title: z.string().min(1).optional(),
      published: partialDate,
      language: z.string().min(1),
    }),
    /** How the text reached us. */
    reportedBy: z.object({
      /** The outlet whose summary we translated; null when the text does not name it. */
      outlet: z.string().min(1).nullable(),
      /** What is known about the outlet, or why it is not named. */
      outletNote: z.string().min(1).optional(),
      /** Language of the summary, e.g. "Arabic". */
      language: z.string().min(1),
      /** How we read it, e.g. "English machine translation". */
      translation: z.string().min(1),
    }),
    /** Reports the briefing cites, whose proposals may be recommendations. */
    citedSources: z.array(citedSource).default([]),
    /** Corrections that apply throughout the briefing. */
    editorNotes: z.array(editorNote).default([]),
  }),
});

const recommendations = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: `${CONTENT_DIR}/recommendations`,
    generateId: ({ entry }) => idFromPath(entry),
  }),
  schema: z.object({
    /** The briefing this recommendation comes from. */
    briefing: reference('briefings'),
    /** Position within the briefing, from 1; the order of the source. */
    order: z.number().int().positive(),
    /** A short title; where the source has a heading, the heading. */
    title: z.string().min(1),
    /** The heading exactly as the translation prints it, when the title mends it. */
    sourceHeading: z.string().min(1).optional(),
    /** One sentence: what is proposed. */
    summary: z.string().min(1),
    /** Topics, from content/tags.yaml. */
    tags: z.array(reference('tags')).min(1, { error: 'give at least one tag from content/tags.yaml' }),
    /** People, organisations, states, armed groups and places the recommendation names. */
    actors: z.array(reference('actors')).default([]),
    /** "analyst" for the briefing's own analyst, or the id of one of the briefing's `citedSources`. */
    proposer: z.string().min(1),
    /** Links to recommendations (usually in other briefings) that agree, contrast or extend this one. */
    related: z
      .array(
        z.object({
          recommendation: reference('recommendations'),
          relation: z.enum(RELATIONS),
          /** One line saying how the two relate. */
          note: z.string().min(1),
        }),
      )
      .default([]),
    /** Corrections that apply to this recommendation's text only. */
    editorNotes: z.array(editorNote).default([]),
  }),
});

const tags = defineCollection({
  loader: file(`${CONTENT_DIR}/tags.yaml`),
  schema: z.object({
    id,
    /** The tag as readers see it. */
    label: z.string().min(1),
    /** One sentence on what the tag covers. */
    description: z.string().min(1),
  }),
});

const actors = defineCollection({
  loader: file(`${CONTENT_DIR}/actors.yaml`),
  schema: z.object({
    id,
    /** The name as the site prints it. */
    label: z.string().min(1),
    kind: z.enum(ACTOR_KINDS),
    /** One sentence saying who or what this is. */
    description: z.string().min(1),
    /** Every other spelling: as the sources print it, common transliterations, and Arabic script. */
    aliases: z.array(z.string().min(1)).default([]),
  }),
});

export const collections = { briefings, recommendations, tags, actors };
