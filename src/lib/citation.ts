/**
 * "Cite this": a recommendation as a reader would cite it in a memo (plain text) or a paper
 * (BibTeX). The access date is left for the reader, who knows when they read it.
 */
import { formatPartialDate } from './provenance.ts';
import type { BriefingData, RecommendationData } from './types.ts';
import { ANALYST } from './vocabulary.ts';

export interface CitationInput {
  id: string;
  recommendation: Pick<RecommendationData, 'title' | 'proposer'>;
  briefing: Pick<BriefingData, 'title' | 'analyst' | 'original'>;
  /** Who proposes it, as printed (the analyst or the cited report). */
  proposerName: string;
  /** Absolute permalink. */
  permalink: string;
  siteName: string;
}

function byline(input: CitationInput): string {
  const analyst = input.briefing.analyst.name;
  return input.recommendation.proposer === ANALYST ? analyst : `${input.proposerName}, as reported by ${analyst}`;
}

export function plainCitation(input: CitationInput): string {
  const { briefing } = input;
  const original = briefing.original.title ? `“${briefing.original.title}”, ` : '';
  return (
    `${byline(input)}. “${input.recommendation.title}.” In “${briefing.title}”, ${input.siteName}. ` +
    `Original analysis: ${original}${briefing.original.publisher}, ${formatPartialDate(briefing.original.published)}. ` +
    `${input.permalink} (accessed [date]).`
  );
}

/** BibTeX's special characters, escaped; curly quotes become TeX quotes. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/[“]/g, '``')
    .replace(/[”]/g, "''")
    .replace(/[‘]/g, '`')
    .replace(/[’]/g, "'")
    .replace(/–/g, '--');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Ranj Alaaldin" → "Alaaldin, Ranj": the last word is taken as the family name. */
export function bibtexName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length < 2 ? name : `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`;
}

export function bibtexCitation(input: CitationInput): string {
  const { briefing } = input;
  const [year, month] = briefing.original.published.date.split('-');
  const family = bibtexName(briefing.analyst.name).split(',')[0]!.toLowerCase().replace(/[^a-z]/g, '');
  const key = `${family}${year}${input.id.split('-')[0]}`;
  // A report, not a person, is wrapped in extra braces so BibTeX keeps it whole.
  const author =
    input.recommendation.proposer === ANALYST ? bibtexEscape(bibtexName(briefing.analyst.name)) : `{${bibtexEscape(input.proposerName)}}`;
  const original = `${briefing.original.title ? `${briefing.original.title}, ` : ''}${briefing.original.publisher}, ${formatPartialDate(briefing.original.published)}`;
  const fields = [
    `author = {${author}}`,
    `title = {${bibtexEscape(input.recommendation.title)}}`,
    `booktitle = {${bibtexEscape(briefing.title)}}`,
    `publisher = {${bibtexEscape(input.siteName)}}`,
    `year = {${year}}`,
    ...(month ? [`month = ${MONTHS[Number(month) - 1]}`] : []),
    `url = {${input.permalink}}`,
    `note = {Original analysis: ${bibtexEscape(original)}. Accessed: [date]}`,
  ];
  const body = fields.map((field) => `  ${field}`).join(',\n');
  return `@misc{${key},\n${body}\n}`;
}
