/**
 * Marks where the editors mended the translation: after the first place a body prints a note's
 * mended words, a numbered marker links to the note, and the note links back to the marker, so a
 * reader sees where a correction was made and can open it. Only text nodes are touched (never
 * tags, attributes, links or code).
 */
import { escapeAttribute, mapTextNodes } from './html-tokens.ts';
import { escapeRegExp } from './regexp.ts';
import type { EditorNote } from '../model/types.ts';

/** The anchor prefix of a briefing's or recommendation's notes: marker and list must agree on it. */
export const notesPrefix = (entryId: string) => `note-${entryId}`;
/** The anchor of note `index` (from 0) of the notes under `prefix` (notesPrefix). */
export const noteId = (prefix: string, index: number) => `${prefix}-${index + 1}`;
/** The anchor of the first marker that links to a note: where its back link goes. */
export const markerId = (note: string) => `${note}-ref`;
/** A note's number as marker and list print it: "2" for a briefing's, "3.2" within recommendation 3. */
export const noteNumber = (index: number, order?: number) => (order ? `${order}.${index + 1}` : `${index + 1}`);

export interface MendMark {
  /** The words as the site prints them. */
  words: string;
  /** The note's anchor. */
  note: string;
  /** The note's number, which the marker shows. */
  number: string;
  /** What the marker says to screen readers. */
  label: string;
}

/**
 * The marks a list of notes makes: one per printed form ("al-Kadhimi; Alaaldin" names two).
 * A note whose printed form is a description in brackets ("(omitted from the text)") marks nothing.
 */
export function mendMarks(notes: EditorNote[], prefix: string, order: number | undefined, labelOf: (note: EditorNote, number: string) => string): MendMark[] {
  return notes.flatMap((note, i) =>
    note.printed
      .split(/;\s+/)
      .map((words) => words.trim())
      .filter((words) => words.length >= 3 && !words.startsWith('('))
      .map((words) => ({ words, note: noteId(prefix, i), number: noteNumber(i, order), label: labelOf(note, noteNumber(i, order)) })),
  );
}

/** The HTML with a marker after the first occurrence of each mark's words (longer words first), and the notes it marked. */
export function markMends(html: string, marks: MendMark[]): { html: string; marked: Set<string> } {
  const pending = [...marks].sort((a, b) => b.words.length - a.words.length);
  const marked = new Set<string>();
  if (pending.length === 0) return { html, marked };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${pending.map((m) => escapeRegExp(m.words)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const done = new Set<string>();
  const out = mapTextNodes(html, (text) =>
    text.replace(pattern, (match) => {
      const mark = pending.find((m) => m.words === match);
      if (!mark || done.has(mark.words)) return match;
      done.add(mark.words);
      // Only a note's first marker carries the id its back link needs: ids are unique.
      const id = marked.has(mark.note) ? '' : ` id="${escapeAttribute(markerId(mark.note))}"`;
      marked.add(mark.note);
      return `${match}<sup data-pagefind-ignore data-mend><a href="#${escapeAttribute(mark.note)}"${id} aria-label="${escapeAttribute(mark.label)}">${mark.number}</a></sup>`;
    }),
  );
  return { html: out, marked };
}

type Marked = { promise: Promise<Set<string>>; resolve: (notes: Set<string>) => void };
/** Per page render (its `Astro.locals`), per prefix: which notes the text marked. */
const pages = new WeakMap<object, Map<string, Marked>>();

function markedOn(page: object, prefix: string): Marked {
  const prefixes = pages.get(page) ?? new Map<string, Marked>();
  pages.set(page, prefixes);
  let entry = prefixes.get(prefix);
  if (!entry) {
    let resolve!: Marked['resolve'];
    const promise = new Promise<Set<string>>((done) => (resolve = done));
    entry = { promise, resolve };
    prefixes.set(prefix, entry);
  }
  return entry;
}

/** Called once the text under `prefix` is marked (Mended.astro). */
export function reportMarked(page: object, prefix: string, notes: Set<string>): void {
  markedOn(page, prefix).resolve(notes);
}

/**
 * The notes under `prefix` that a marker in this page's text links to, for their back links. Astro
 * renders a page's components at once, so the notes list waits for the text to be marked.
 */
export async function markedNotes(page: object, prefix: string, waitMs = 60_000): Promise<Set<string>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const missing = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Editor's notes "${prefix}" are listed on a page with no <Mended prefix="${prefix}"> around their text.`)),
      waitMs,
    );
  });
  try {
    return await Promise.race([markedOn(page, prefix).promise, missing]);
  } finally {
    clearTimeout(timer);
  }
}
