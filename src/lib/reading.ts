/** Reading aids computed from the text: the contents of a briefing, and how long it takes to read. */
import { bodyOutline } from '../model/mdx-body.ts';

/** Words per minute of attentive reading of policy prose. */
const WORDS_PER_MINUTE = 220;

export function wordCount(text: string): number {
  const plain = text.replace(/<[^>]+>/g, ' ').replace(/[#*_`>[\]()-]+/g, ' ');
  return plain.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface ContentsGroup {
  proposer: string;
}

export type ContentsItem = { kind: 'heading'; id: string; text: string } | { kind: 'group'; proposer: string };

/**
 * The order in which a briefing body presents its headings (## …) and its recommendation groups
 * (<Recommendations proposer="…" />). Heading ids come from the renderer, in order of appearance.
 */
export function contentsOrder(body: string, headings: { depth: number; slug: string; text: string }[]): ContentsItem[] {
  const h2 = headings.filter((h) => h.depth === 2);
  let headingIndex = 0;
  return bodyOutline(body).flatMap((part): ContentsItem[] => {
    if (part.kind === 'recommendations') return part.proposer ? [{ kind: 'group', proposer: part.proposer }] : [];
    const heading = h2[headingIndex++];
    return heading ? [{ kind: 'heading', id: heading.slug, text: heading.text }] : [];
  });
}
