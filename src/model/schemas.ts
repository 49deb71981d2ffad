/**
 * The content model: one zod schema per kind of entry, each field documented. Astro applies them
 * to the collections (src/content.config.ts); `npm run validate` applies the same ones in Node.
 * Links between entries use `reference`, which the caller supplies: Astro's, or a plain stand-in.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, idHint } from './ids.ts';
import { ACTOR_KINDS, DATE_BASES, RELATIONS } from './vocabulary.ts';

export type CollectionName = 'briefings' | 'recommendations' | 'tags' | 'actors';

/** A required, non-empty line of text; when it is missing the editor is told what to write. */
const text = (example: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `is missing: add it to the frontmatter, e.g. ${example}` : `must be text, e.g. ${example}`),
    })
    .min(1, { error: `is empty: write it, e.g. ${example}` });

/**
 * Every object is strict: a misspelt optional key (editorNote for editorNotes) would otherwise be
 * dropped without a word, and a correction with it. The message names the nearest real key.
 */
const record = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

/** An address readers can follow: http(s) only, since content is untrusted. */
const webAddress = z.url({ protocol: /^https?$/, error: 'write the full address, starting with https:// (or http://)' });

/** How we know a fact that is not in the text itself: the same bases as a date's. */
const basis = z.enum(DATE_BASES);

/** A stable id: lowercase kebab-case, never derived from position. */
const id = z.string().regex(ID_PATTERN, { error: (issue) => idHint(String(issue.input)) });

/** A correction the editors made to the translation, shown to readers. */
const editorNote = record({
  /** What the translation we received says, verbatim. */
  source: text('source: "Al-Kazemi"'),
  /** What the site prints instead. */
  printed: text('printed: "al-Kadhimi"'),
  /** Why: the garble it mends, or the convention it follows. */
  reason: text('reason: "The translation garbles the name."'),
});

/** A day that exists: "2020-02-31" has the right shape and no place in the calendar. */
export function isCalendarDate(date: string): boolean {
  if (date.length < 10) return true;
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
}

/** YAML reads an unquoted 2020-05-12 as a timestamp and 2020 as a number: both mean the text. */
const dateText = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

/** A date that may be known only to the month or year, and how we know it. */
const partialDate = record({
  /** ISO date cut to its precision: "2020", "2020-05" or "2020-05-12". */
  date: z.preprocess(
    dateText,
    z
      .string({ error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows' })
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows',
      })
      .refine(isCalendarDate, { error: (issue) => `"${String(issue.input)}" is not a day of the calendar: check the day and the month.` }),
  ),
  /** Where the date comes from: stated in the text, inferred from it, or from the provenance record. */
  basis,
  /** What else is known about the date, in one sentence, e.g. a dated republication it preceded. */
  note: z.string().min(1).optional(),
});

/**
 * The editors' identification of a source the summary names only vaguely ("an Atlantic Council
 * report"): shown as the editors' finding with its basis, never as the summary's words.
 */
const identification = record({
  author: z.string().min(1).optional(),
  title: text('title: "The future of US-Iraq relations"'),
  publisher: text('publisher: Atlantic Council'),
  published: partialDate,
  url: webAddress.optional(),
  /** Why the editors believe this is the source, in one sentence. */
  basis: text('basis: "Its subject, timing and first recommendation match the summary."'),
});

/** A report or article that the briefing cites and whose proposals it reports. */
const citedSource = record({
  /** Used as a recommendation's `proposer` when the proposal is this source's. */
  id,
  /** The source's name as printed, e.g. "Atlantic Council report". */
  name: text('name: "Atlantic Council report"'),
  /** What is known about it, in one sentence. */
  description: text('description: "An earlier report on US–Iraq relations."'),
  /** Its address, where known. */
  url: webAddress.optional(),
  /** What the editors identified it as, where they could. */
  identifiedAs: identification.optional(),
});

export function contentSchemas<R extends z.ZodType>(reference: (collection: CollectionName) => R) {
  return {
    briefing: record({
      /** The briefing's title as readers see it. */
      title: text('title: "Six options for Washington"'),
      /** One paragraph saying what the analysis argues. */
      summary: text('summary: "The analyst argues that …"'),
      /** The author of the original analysis. */
      analyst: record({
        name: text('name: "Ranj Alaaldin"'),
        /** Institution and role at the time, e.g. "Visiting fellow, Brookings Institution". */
        affiliation: text('affiliation: "Visiting fellow, Brookings Institution"'),
        /** How the affiliation is known: stated in the text, inferred from it, or from the editors' record. */
        affiliationBasis: basis.default('stated'),
        /** What else readers should know about it, in one sentence. */
        affiliationNote: z.string().min(1).optional(),
      }),
      /** The original publication the press summary reported on. */
      original: record({
        publisher: text('publisher: "Brookings Institution"'),
        /** The original's title, only where it is known; never invented. */
        title: z.string().min(1).optional(),
        /** The original's address, only where it is known. */
        url: webAddress.optional(),
        published: partialDate,
        language: text('language: English'),
      }),
      /** How the text reached us. */
      reportedBy: record({
        /** The outlet whose summary we translated; null when the text does not name it. */
        outlet: z.string({ error: 'is missing: write the outlet\'s name, or "outlet: null" when the text does not name it' }).min(1).nullable(),
        /** What is known about the outlet, or why it is not named. */
        outletNote: z.string().min(1).optional(),
        /** The summary's address, where known. */
        url: webAddress.optional(),
        /** Language of the summary, e.g. "Arabic". */
        language: text('language: Arabic'),
        /** How we read it, e.g. "English machine translation". */
        translation: text('translation: English machine translation'),
      }),
      /** Reports the briefing cites, whose proposals may be recommendations. */
      citedSources: z.array(citedSource).default([]),
      /** Corrections that apply throughout the briefing. */
      editorNotes: z.array(editorNote).default([]),
      /** Ids this briefing was published under before a rename; each old URL redirects here. */
      formerIds: z.array(id).default([]),
    }),
    recommendation: record({
      /** The briefing this recommendation comes from. */
      briefing: reference('briefings'),
      /** Position within the briefing, from 1; the order of the source. */
      order: z.number({ error: 'is missing or not a number: give the position in the briefing, e.g. order: 3' }).int().positive(),
      /** A short title; where the source has a heading, the heading. */
      title: text('title: "Lower expectations"'),
      /** The heading exactly as the translation prints it, when the title mends it. */
      sourceHeading: z.string().min(1).optional(),
      /** Whose the title is: the source's heading ("heading", mended as sourceHeading shows) or the editors' own. */
      titleFrom: z.enum(['heading', 'editors']).default('editors'),
      /** One sentence: what is proposed. */
      summary: text('summary: "Do not expect Baghdad to rein in the militias."'),
      /** Topics, from content/tags.yaml. */
      tags: z.array(reference('tags')).min(1, { error: 'give at least one tag from content/tags.yaml' }),
      /** People, organisations, states, armed groups and places the recommendation names. */
      actors: z.array(reference('actors')).default([]),
      /** "analyst" for the briefing's own analyst, or the id of one of the briefing's `citedSources`. */
      proposer: text('proposer: analyst'),
      /** Links to recommendations (usually in other briefings) that agree, contrast or extend this one. */
      related: z
        .array(
          record({
            recommendation: reference('recommendations'),
            relation: z.enum(RELATIONS),
            /** One line saying how the two relate. */
            note: text('note: "Both warn against expecting too much of Baghdad."'),
          }),
        )
        .default([]),
      /** Corrections that apply to this recommendation's text only. */
      editorNotes: z.array(editorNote).default([]),
      /** Ids this recommendation was published under before a rename; each old URL redirects here. */
      formerIds: z.array(id).default([]),
    }),
    tag: record({
      id,
      /** The tag as readers see it. */
      label: text('label: Sanctions'),
      /** One sentence on what the tag covers. */
      description: text('description: "US sanctions and their waivers."'),
    }),
    actor: record({
      id,
      /** The name as the site prints it. */
      label: text('label: Mustafa al-Kadhimi'),
      kind: z.enum(ACTOR_KINDS),
      /** One sentence saying who or what this is. */
      description: text('description: "Prime minister of Iraq from May 2020."'),
      /** Every other spelling: as the sources print it, common transliterations, and Arabic script. */
      aliases: z.array(z.string().min(1)).default([]),
    }),
  };
}
