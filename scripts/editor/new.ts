/**
 * Scaffolds a valid entry with every field present and commented, for an editor to fill in:
 *   npm run new:briefing -- <briefing-id>
 *   npm run new:recommendation -- <briefing-id> <recommendation-id>
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { idHint, isValidId } from '../../src/model/ids.ts';
import { CONTENT_DIR } from '../../src/site.config.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function checkId(id: string | undefined, what: string): string {
  if (!id) fail(`Give the ${what} id, e.g. npm run new:briefing -- smith-carnegie-2021`);
  if (!isValidId(id)) fail(idHint(id));
  return id;
}

const [kind, ...args] = process.argv.slice(2);
const briefingsDir = join(CONTENT_DIR, 'briefings');

if (kind === 'briefing') {
  const id = checkId(args[0], 'briefing');
  const file = join(briefingsDir, `${id}.mdx`);
  if (existsSync(file)) fail(`${relative(process.cwd(), file)} exists already: choose another id, or edit that file.`);
  mkdirSync(briefingsDir, { recursive: true });
  writeFileSync(
    file,
    `---
# The title readers see. Keep the source's headline where it has one.
title: Title of the briefing
# One paragraph: what the analysis argues and what it proposes. Say only what the source says.
summary: >-
  What the analysis argues, in one paragraph.
# The author of the original analysis.
analyst:
  name: Name of the analyst
  affiliation: Role, institution
  affiliationBasis: stated   # stated (in the text) | inferred (from the text) | record (our provenance notes)
  # affiliationNote: What else readers should know about the affiliation.
# The original publication the press summary reported on.
original:
  publisher: Publisher of the original
  # title: The original's title   # only where it is known; never invented
  # url: https://…                # the original's address, only where it is known
  published:
    date: "2020"       # YYYY, YYYY-MM or YYYY-MM-DD: only as precise as is known
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

The narrative, in Markdown: context, the argument, other views. Keep the source's wording.

<Recommendations proposer="analyst" />
`,
  );
  mkdirSync(join(CONTENT_DIR, 'recommendations', id), { recursive: true });
  console.log(`Wrote ${relative(process.cwd(), file)}.\nNext: fill it in, add recommendations with npm run new:recommendation -- ${id} <id>, and run npm run validate.`);
} else if (kind === 'recommendation') {
  const briefing = checkId(args[0], 'briefing');
  const id = checkId(args[1], 'recommendation');
  if (!existsSync(join(briefingsDir, `${briefing}.mdx`))) fail(`No briefing has the id "${briefing}": create it first with npm run new:briefing -- ${briefing}`);
  const recsDir = join(CONTENT_DIR, 'recommendations');
  const taken = existsSync(recsDir) ? readdirSync(recsDir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith(`/${id}.mdx`) || f === `${id}.mdx`) : undefined;
  if (taken) fail(`A recommendation with the id "${id}" exists already (${join(relative(process.cwd(), recsDir), taken)}): ids are unique across the site.`);
  const dir = join(recsDir, briefing);
  mkdirSync(dir, { recursive: true });
  const order = readdirSync(dir).filter((f) => f.endsWith('.mdx')).length + 1;
  const tags = parse(readFileSync(join(CONTENT_DIR, 'tags.yaml'), 'utf8')) as { id: string }[];
  const file = join(dir, `${id}.mdx`);
  writeFileSync(
    file,
    `---
briefing: ${briefing}
# Position in the briefing, from 1 (the source's order).
order: ${order}
# A short title; where the source has a heading, the heading.
title: Title of the recommendation
# sourceHeading: The heading as the translation prints it, when the title mends it
# Whose the title is: heading (the source's heading) or editors (our own); readers see which.
titleFrom: editors
# One sentence: what is proposed.
summary: What is proposed, in one sentence.
# Topics, ids from content/tags.yaml: ${tags.map((t) => t.id).join(', ')}
tags: [${tags[0]?.id ?? ''}]
# Actors the text names, ids from content/actors.yaml.
actors: []
# "analyst" for the briefing's own analyst, or the id of one of the briefing's citedSources.
proposer: analyst
# Recommendations it agrees with, contrasts with or extends (declare each relation in one file only).
related: []
#  - recommendation: other-recommendation-id
#    relation: agrees   # agrees | contrasts | extends
#    note: One line on how the two relate.
# Corrections to the translation in this text, shown to readers.
editorNotes: []
# Ids this recommendation was published under before a rename (their URLs redirect here).
formerIds: []
---

The source's paragraph(s) that make the proposal, with only machine-translation damage mended.
`,
  );
  console.log(`Wrote ${relative(process.cwd(), file)}.\nNext: fill it in, place it in the briefing with <Recommendations proposer="..." /> if needed, and run npm run validate.`);
} else {
  fail('Usage: npm run new:briefing -- <briefing-id>, or npm run new:recommendation -- <briefing-id> <recommendation-id>');
}
