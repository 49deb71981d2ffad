/**
 * Turns a plain-text article, shaped like the press summaries we receive (one paragraph per line,
 * short heading lines), into a draft briefing and one draft recommendation per heading section,
 * for an editor to finish. Pure: the script around it reads and writes the files.
 */
import { suggestId } from '../../src/model/ids.ts';
import { BRIEFING_PLACEHOLDERS, briefingFile, recommendationFile } from '../content/skeleton.ts';

export interface DraftSection {
  heading: string;
  paragraphs: string[];
}

export interface Draft {
  title: string;
  /** Paragraphs before the first heading. */
  intro: string[];
  sections: DraftSection[];
}

/** A heading: a short line without closing punctuation, as the summaries set their subheads. */
export function isHeadingLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 8 && line.length <= 60 && !/[.!?:;,)"”]$/.test(line) && /^[\p{Lu}\p{N}“"]/u.test(line);
}

export function parseArticle(text: string): Draft {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const isParagraph = (line: string | undefined) => line !== undefined && /[.!?)"”]$/.test(line);
  // A credit line ("In Alhurra, Global") may stand before the headline: the longer is the title.
  // An article that opens with a paragraph has no title line at all.
  const intro: string[] = [];
  let title = 'Untitled draft';
  if (!isParagraph(lines[0])) {
    if (lines[1] !== undefined && !isParagraph(lines[1]) && lines[1].length > lines[0]!.length) intro.push(lines.shift()!);
    title = lines.shift() ?? title;
  }
  const draft: Draft = { title, intro, sections: [] };
  for (const line of lines) {
    if (isHeadingLike(line)) draft.sections.push({ heading: line, paragraphs: [] });
    else (draft.sections.at(-1)?.paragraphs ?? draft.intro).push(line);
  }
  return draft;
}

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** The files of a draft: the briefing's MDX and one MDX per heading section, ids from the headings. */
export function draftFiles(draft: Draft, briefingId: string, tag: string): { briefing: string; recommendations: { id: string; mdx: string }[] } {
  const used = new Set<string>();
  const recommendations = draft.sections.map((section, i) => {
    let id = suggestId(section.heading);
    for (let n = 2; used.has(id); n++) id = `${suggestId(section.heading)}-${n}`;
    used.add(id);
    const mdx = recommendationFile({
      briefing: briefingId,
      order: i + 1,
      titleNote: `Draft from the heading "${section.heading.replace(/"/g, "'")}": check it is a proposal, and keep the source's wording.`,
      title: section.heading,
      summary: `DRAFT: ${firstSentence(section.paragraphs[0] ?? section.heading)}`,
      tags: tag ? [tag] : [],
      body: section.paragraphs.length ? section.paragraphs.join('\n\n') : 'The source paragraph(s) that make this proposal.',
    });
    return { id, mdx };
  });
  const briefing = briefingFile({
    ...BRIEFING_PLACEHOLDERS,
    note: 'Drafted by npm run import: every field needs an editor. See README.md, "Adding a briefing".',
    title: draft.title,
    summary: 'DRAFT: what the analysis argues, in one paragraph.',
    body: [...draft.intro, '<Recommendations proposer="analyst" />'].join('\n\n'),
  });
  return { briefing, recommendations };
}
