/**
 * Marks where the editors mended the translation: after the first place a body prints a note's
 * mended words, a small marker links to the note, so a reader sees where a correction was made
 * and can open it. Only text nodes are touched (never tags, attributes, links or code).
 */
import { escapeAttribute, mapTextNodes } from './html-tokens.ts';
import { escapeRegExp } from './regexp.ts';
import type { EditorNote } from '../model/types.ts';

export interface MendMark {
  /** The words as the site prints them. */
  words: string;
  /** The note's anchor. */
  href: string;
  /** What the marker says to screen readers. */
  label: string;
}

/**
 * The marks a list of notes makes: one per printed form ("al-Kadhimi; Alaaldin" names two).
 * A note whose printed form is a description in brackets ("(omitted from the text)") marks nothing.
 */
export function mendMarks(notes: EditorNote[], hrefOf: (index: number) => string, labelOf: (note: EditorNote) => string): MendMark[] {
  return notes.flatMap((note, i) =>
    note.printed
      .split(/;\s+/)
      .map((words) => words.trim())
      .filter((words) => words.length >= 3 && !words.startsWith('('))
      .map((words) => ({ words, href: hrefOf(i), label: labelOf(note) })),
  );
}

/** The HTML with a marker after the first occurrence of each mark's words (longer words first). */
export function markMends(html: string, marks: MendMark[], className = ''): string {
  const pending = [...marks].sort((a, b) => b.words.length - a.words.length);
  if (pending.length === 0) return html;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${pending.map((m) => escapeRegExp(m.words)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const done = new Set<string>();
  return mapTextNodes(html, (text) =>
    text.replace(pattern, (match) => {
      const mark = pending.find((m) => m.words === match);
      if (!mark || done.has(mark.words)) return match;
      done.add(mark.words);
      return `${match}<sup data-pagefind-ignore data-mend${className ? ` class="${escapeAttribute(className)}"` : ''}><a href="${escapeAttribute(mark.href)}" aria-label="${escapeAttribute(mark.label)}">†</a></sup>`;
    }),
  );
}
