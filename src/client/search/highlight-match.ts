/**
 * Where a landing page's text holds the terms a search result carried (?highlight=…): whole words
 * or names only, in any script, and never the punctuation around them. No DOM, so it is unit-tested.
 */
import { escapeRegExp } from '../../lib/regexp';

// A letter, digit or combining mark (Arabic vowel signs too) on either side means the word goes on.
const WORD = '[\\p{L}\\p{N}\\p{M}]';
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/** One pattern for all the terms, longest first, so "al-Kadhimi" is marked whole rather than its "Kadhimi". */
export function termPattern(terms: readonly string[]): RegExp | null {
  const cleaned = [...new Set(terms.map((term) => term.replace(EDGES, '').replace(/\s+/g, ' ')).filter(Boolean))];
  if (cleaned.length === 0) return null;
  const sources = cleaned
    .sort((a, b) => b.length - a.length)
    // Any run of spaces between a name's words; either apostrophe, as editors type both.
    .map((term) => escapeRegExp(term).replace(/ /g, '\\s+').replace(/['’]/g, "['’]"));
  return new RegExp(`(?<!${WORD})(?:${sources.join('|')})(?!${WORD})`, 'giu');
}

/** The [start, end) spans of a text that a pattern from termPattern marks. */
export function matchedSpans(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}
