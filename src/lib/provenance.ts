import { formatDateOnly } from '../i18n/dates.ts';
import { t } from '../i18n/index.ts';
import type { DateBasis } from '../model/vocabulary.ts';

// Written in i18n/ (the page script needs it without the rest); read here with the other formatters.
export { formatDateOnly };

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** "2020", "2020-05" or "2020-05-12". */
  date: string;
  basis: DateBasis;
}

export function datePrecision(date: string): DatePrecision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** A date with its precision and basis spelled out, e.g. "May 2020 (month only, inferred from the text)". */
export function formatPartialDate({ date, basis }: PartialDate): string {
  const precision = datePrecision(date);
  const known = t(`provenance.basis.${basis}`);
  const qualifier = precision === 'day' ? known : t('provenance.precisionOnly', { precision: t(`provenance.precision.${precision}`), basis: known });
  return t('provenance.qualified', { text: formatDateOnly(date), qualifier });
}

/** A date as cards and bylines show it: natural, with its basis where it is not the text's own, e.g. "May 2020 (inferred)". */
export function formatDateBrief({ date, basis }: PartialDate): string {
  return basis === 'stated' ? formatDateOnly(date) : t('provenance.qualified', { text: formatDateOnly(date), qualifier: t(`provenance.basisBrief.${basis}`) });
}

/** How a fact other than a date is known, where it is not in the text: "from the editors' record". */
export function factBasis(basis: DateBasis): string | undefined {
  return basis === 'stated' ? undefined : t(`provenance.basis.${basis}`);
}

/** An analyst's affiliation with its basis, e.g. "Senior counselor, FDD (from the editors' provenance record)". */
export function formatAffiliation(analyst: { affiliation: string; affiliationBasis: DateBasis }): string {
  const basis = factBasis(analyst.affiliationBasis);
  return basis ? t('provenance.qualified', { text: analyst.affiliation, qualifier: basis }) : analyst.affiliation;
}

/** Its words in lower case, one space apart and padded, so that finding one in another matches whole words. */
function wordsOf(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(' ')} `;
}

/**
 * Whether the affiliation already names the publisher ("Visiting fellow, Brookings Institution" and
 * "Brookings Institution"): a byline then says it once. Whole words, any case.
 */
export function affiliationNamesPublisher(affiliation: string, publisher: string): boolean {
  return wordsOf(publisher).trim() !== '' && wordsOf(affiliation).includes(wordsOf(publisher));
}

interface Byline {
  analyst: { affiliation: string };
  original: { publisher: string; published: PartialDate };
}

/** The original's publisher and date, for a byline after the analyst's affiliation: the publisher left out where the affiliation names it. */
export function formatPublication({ analyst, original }: Byline): string {
  const date = formatDateBrief(original.published);
  return affiliationNamesPublisher(analyst.affiliation, original.publisher) ? date : `${original.publisher}, ${date}`;
}

/** The outlet's name, or a plain statement that the text does not name one. */
export function describeOutlet(reportedBy: { outlet: string | null }): string {
  return reportedBy.outlet ?? t('provenance.outletUnknown');
}
