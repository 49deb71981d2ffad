/**
 * The one frontmatter skeleton of a briefing and of a recommendation: every field present, each
 * with the comment an editor needs. `npm run new:*` writes it with placeholders, `npm run import`
 * with a draft's values, the scale benchmark with synthetic ones, and README.md quotes it
 * (tests/unit/import.test.ts keeps the README's copy equal to it).
 */

/** YAML for a one-line string: quoted, so a colon or a quote in it is never misread. */
const text = (value: string) => JSON.stringify(value);

export interface BriefingValues {
  title: string;
  summary: string;
  analyst: { name: string; affiliation: string };
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The Markdown after the frontmatter. */
  body: string;
  /** A first comment line, e.g. what wrote the file. */
  note?: string;
}

export const BRIEFING_PLACEHOLDERS: BriefingValues = {
  title: 'Title of the briefing',
  summary: 'What the analysis argues, in one paragraph.',
  analyst: { name: 'Name of the analyst', affiliation: 'Role, institution' },
  publisher: 'Publisher of the original',
  date: '2020',
  body: 'The narrative, in Markdown: context, the argument, other views. Keep the source\'s wording.\n\n<Recommendations proposer="analyst" />',
};

export function briefingFile(values: BriefingValues = BRIEFING_PLACEHOLDERS): string {
  const { title, summary, analyst, publisher, date, body, note } = values;
  return `---
${note ? `# ${note}\n` : ''}# The title readers see. Keep the source's headline where it has one.
title: ${text(title)}
# One paragraph: what the analysis argues and what it proposes. Say only what the source says.
summary: ${text(summary)}
# The author of the original analysis.
analyst:
  name: ${text(analyst.name)}
  affiliation: ${text(analyst.affiliation)}
  affiliationBasis: stated   # stated (in the text) | inferred (from the text) | record (our provenance notes)
  # affiliationNote: What else readers should know about the affiliation.
# The original publication the press summary reported on.
original:
  publisher: ${text(publisher)}
  # title: The original's title   # only where it is known; never invented
  # url: https://…                # the original's address, only where it is known
  published:
    date: ${text(date)}       # YYYY, YYYY-MM or YYYY-MM-DD: only as precise as is known
    basis: inferred    # stated (in the text) | inferred (from the text) | record (our provenance notes)
    # note: What else is known about the date (e.g. a dated republication it preceded).
  language: English
# How the text reached us.
reportedBy:
  outlet: null         # the outlet's name, or null when the text does not name it
  # outletNote: What is known about the outlet.
  # url: https://…       # the summary's address, where known
  language: Arabic
  translation: English machine translation
# Reports this briefing cites, whose proposals may be recommendations (proposer: <their id>).
citedSources: []
#  - id: atlantic-council-report
#    name: Atlantic Council report
#    description: One sentence on what is known about it.
#    url: https://…     # where known
#    identifiedAs:      # only what the editors could identify, with why
#      author: Name
#      title: The report's title
#      publisher: Its publisher
#      published: { date: "2020-04-27", basis: record }
#      url: https://…
#      basis: Why the editors think this is the report the summary cites.
# Every correction to the translation, shown to readers.
editorNotes: []
#  - source: what the translation says
#    printed: what we print
#    reason: why
# Ids this briefing was published under before a rename (their URLs redirect here).
formerIds: []
---

${body}
`;
}

export interface RecommendationValues {
  briefing: string;
  order: number;
  title: string;
  summary: string;
  /** Tag ids; `knownTags` lists the vocabulary in the comment above them. */
  tags: string[];
  knownTags?: string[];
  actors?: string[];
  /** Declared relations, written under `related`. */
  related?: { recommendation: string; relation: 'agrees' | 'contrasts' | 'extends'; note: string }[];
  body: string;
  /** A comment line above the title, e.g. where a draft's title came from. */
  titleNote?: string;
}

export function recommendationFile(values: RecommendationValues): string {
  const { briefing, order, title, summary, tags, knownTags, actors = [], related = [], body, titleNote } = values;
  const relations = related.length
    ? `\n${related.map((r) => `  - recommendation: ${r.recommendation}\n    relation: ${r.relation}\n    note: ${text(r.note)}`).join('\n')}`
    : ' []';
  return `---
briefing: ${briefing}
# Position in the briefing, from 1 (the source's order).
order: ${order}
# A short title; where the source has a heading, the heading.${titleNote ? `\n# ${titleNote}` : ''}
title: ${text(title)}
# sourceHeading: The heading as the translation prints it, when the title mends it
# Whose the title is: heading (the source's heading) or editors (our own); readers see which.
titleFrom: editors
# One sentence: what is proposed.
summary: ${text(summary)}
# Topics, ids from content/tags.yaml${knownTags?.length ? `: ${knownTags.join(', ')}` : '.'}
tags: [${tags.join(', ')}]
# Actors the text names, ids from content/actors.yaml.
actors: [${actors.join(', ')}]
# "analyst" for the briefing's own analyst, or the id of one of the briefing's citedSources.
proposer: analyst
# Recommendations it agrees with, contrasts with or extends (declare each relation in one file only).
related:${relations}
#  - recommendation: other-recommendation-id
#    relation: agrees   # agrees | contrasts | extends
#    note: One line on how the two relate.
# Corrections to the translation in this text, shown to readers.
editorNotes: []
# Ids this recommendation was published under before a rename (their URLs redirect here).
formerIds: []
---

${body}
`;
}

export const RECOMMENDATION_PLACEHOLDERS: Omit<RecommendationValues, 'briefing' | 'order' | 'tags'> = {
  title: 'Title of the recommendation',
  summary: 'What is proposed, in one sentence.',
  body: "The source's paragraph(s) that make the proposal, with only machine-translation damage mended.",
};

/** The two files README.md shows ("Adding a briefing", "Adding a recommendation"). */
export const README_EXAMPLES = {
  briefing: briefingFile(),
  recommendation: recommendationFile({ ...RECOMMENDATION_PLACEHOLDERS, briefing: 'smith-carnegie-2021', order: 1, tags: ['expectations'] }),
};
