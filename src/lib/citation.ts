/**
 * "Cite this": a recommendation as a reader would cite it in a memo (plain text) or a paper
 * (BibTeX), from one record of who said it and how it reached us: the proposal's author (or the
 * cited report), the original, the outlet that summarised it, the translation we read, and this
 * site's permanent URL. Nothing is stated that the provenance does not record: no invented title,
 * month or outlet. The access date is the reader's: the page fills it in when it is read.
 */
import { datePrecision, formatDateOnly } from './provenance.ts';
import { t } from '../i18n/index.ts';
import type { BriefingData, CitedSource, PublishedDate, RecommendationData } from '../model/types.ts';
import { ANALYST } from '../model/vocabulary.ts';

export interface CitationInput {
  id: string;
  recommendation: Pick<RecommendationData, 'title' | 'proposer'>;
  briefing: Pick<BriefingData, 'title' | 'analyst' | 'original' | 'reportedBy' | 'citedSources'>;
  /** Absolute canonical permalink: the URL "Copy link" copies too. */
  permalink: string;
  siteName: string;
}

/** Double quotes around a text whose own double quotes become single: never “…“…”…”. */
export function quoted(text: string): string {
  return `“${text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’')}”`;
}

/** The cited source a recommendation comes from, when it is not the analyst's own proposal. */
function citedSourceOf(input: CitationInput): CitedSource | undefined {
  return input.recommendation.proposer === ANALYST ? undefined : input.briefing.citedSources.find((s) => s.id === input.recommendation.proposer);
}

/** "Ranj Alaaldin, “How the US …”, Brookings Institution, May 2020, https://…". */
function originalWork(briefing: CitationInput['briefing'], withUrl = true): string {
  const { analyst, original } = briefing;
  const what = original.title ? [quoted(original.title), original.publisher] : [t('citation.untitledWork', { publisher: original.publisher })];
  return [analyst.name, ...what, formatDateOnly(original.published.date), ...(withUrl && original.url ? [original.url] : [])].join(', ');
}

/** "by Alhurra", or a plain statement that the text names no outlet. */
function outlet(briefing: CitationInput['briefing']): string {
  return briefing.reportedBy.outlet ? t('citation.byOutlet', { outlet: briefing.reportedBy.outlet }) : t('citation.byUnnamedOutlet');
}

/**
 * The chain, in the order a reader needs it: who proposes it (the analyst's original, or the cited
 * report), the summary that reported it, and the translation we read.
 */
function chain(input: CitationInput, source: CitedSource | undefined): string {
  const { briefing } = input;
  const { language, translation } = briefing.reportedBy;
  return source
    ? t('citation.chainCited', { source: cited(source), language, outlet: outlet(briefing), work: originalWork(briefing), translation })
    : t('citation.chainOwn', { work: originalWork(briefing), language, outlet: outlet(briefing), translation });
}

function cited(source: CitedSource): string {
  const id = source.identifiedAs;
  if (!id) return t('citation.sourceUnidentified', { name: source.name });
  const work = [...(id.author ? [id.author] : []), quoted(id.title), id.publisher, formatDateOnly(id.published.date), ...(id.url ? [id.url] : [])].join(', ');
  return t('citation.sourceIdentified', { work, name: source.name });
}

function thisSite(input: CitationInput): string {
  return `${t('citation.proposal', { title: quoted(input.recommendation.title), site: input.siteName, briefing: quoted(input.briefing.title) })}, ${input.permalink}`;
}

export function plainCitation(input: CitationInput): string {
  return `${chain(input, citedSourceOf(input))}. ${thisSite(input)}.`;
}

/**
 * What the page adds to each citation once it knows the day it is read ("{date}" becomes that
 * day: written out for the plain text, ISO for BibTeX's urldate).
 */
export const ACCESSED = { plain: t('citation.accessed'), bibtex: ',\n  urldate = {{date}}' } as const;

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

/** year, and month only where the month is known: never more precise than the record. */
function bibtexDate(published: PublishedDate | undefined): string[] {
  if (!published) return [];
  const [year, month] = published.date.split('-');
  return [`year = {${year}}`, ...(datePrecision(published.date) !== 'year' ? [`month = ${MONTHS[Number(month) - 1]}`] : [])];
}

/** A title kept exactly as written: the outer braces stop BibTeX styles from changing its case. */
const title = (text: string) => `title = {{${bibtexEscape(text)}}}`;

export function bibtexCitation(input: CitationInput): string {
  const { briefing } = input;
  const source = citedSourceOf(input);
  const id = source?.identifiedAs;
  const proposal = t('citation.proposal', {
    title: bibtexEscape(quoted(input.recommendation.title)),
    site: bibtexEscape(input.siteName),
    briefing: bibtexEscape(quoted(briefing.title)),
  });
  // The chain as in the plain citation, less what the entry's own fields already say.
  const { language, translation } = briefing.reportedBy;
  let fields: string[];
  let keyName: string;
  let keyYear: string;
  if (!source) {
    keyName = briefing.analyst.name;
    keyYear = briefing.original.published.date.slice(0, 4);
    fields = [
      `author = {${bibtexEscape(bibtexName(briefing.analyst.name))}}`,
      ...(briefing.original.title ? [title(briefing.original.title)] : []),
      `howpublished = {${bibtexEscape(briefing.original.publisher)}}`,
      ...bibtexDate(briefing.original.published),
      `url = {${input.permalink}}`,
      `note = {${briefing.original.title ? '' : t('citation.bibtex.untitled')}${briefing.original.url ? t('citation.bibtex.original', { url: `\\url{${briefing.original.url}}` }) : ''}${bibtexEscape(t('citation.bibtex.summarised', { language, outlet: outlet(briefing), translation }))}. ${proposal}}`,
    ];
  } else {
    keyName = id?.author ?? source.name;
    keyYear = id?.published.date.slice(0, 4) ?? '';
    const identified = id ? t('citation.bibtex.identified', { name: bibtexEscape(quoted(source.name)) }) : t('citation.bibtex.unidentified');
    fields = [
      ...(id?.author ? [`author = {${bibtexEscape(bibtexName(id.author))}}`] : []),
      title(id?.title ?? source.name),
      ...(id ? [`howpublished = {${bibtexEscape(id.publisher)}}`] : []),
      ...bibtexDate(id?.published),
      `url = {${input.permalink}}`,
      `note = {${identified}${id?.url ? t('citation.bibtex.report', { url: `\\url{${id.url}}` }) : ''}${bibtexEscape(t('citation.bibtex.cited', { language, outlet: outlet(briefing), work: originalWork(briefing, false), translation }))}. ${proposal}}`,
    ];
  }
  const family = bibtexName(keyName)
    .split(',')[0]!
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const key = `${family}${keyYear}${input.id.split('-')[0]}`;
  return `@misc{${key},\n${fields.map((field) => `  ${field}`).join(',\n')}\n}`;
}
