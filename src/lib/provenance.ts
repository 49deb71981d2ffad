import type { DateBasis } from '../model/vocabulary.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

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

const BASIS_LABEL: Record<DateBasis, string> = {
  stated: 'stated in the text',
  inferred: 'inferred from the text',
  record: "from the editors' provenance record",
};

/** "May 2020", "12 May 2020" or "2020": only as precise as the date is known. */
export function formatDateOnly(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return String(year);
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A date with its precision and basis spelled out, e.g. "May 2020 (month only, inferred from the text)". */
export function formatPartialDate({ date, basis }: PartialDate): string {
  const precision = datePrecision(date);
  const qualifier = precision === 'day' ? BASIS_LABEL[basis] : `${precision} only, ${BASIS_LABEL[basis]}`;
  return `${formatDateOnly(date)} (${qualifier})`;
}

const BASIS_BRIEF: Record<DateBasis, string | undefined> = {
  stated: undefined,
  inferred: 'inferred',
  record: "editors' record",
};

/** A date as cards and bylines show it: natural, with its basis where it is not the text's own, e.g. "May 2020 (inferred)". */
export function formatDateBrief({ date, basis }: PartialDate): string {
  const qualifier = BASIS_BRIEF[basis];
  return qualifier ? `${formatDateOnly(date)} (${qualifier})` : formatDateOnly(date);
}

/** How a fact other than a date is known, where it is not in the text: "from the editors' record". */
export function factBasis(basis: DateBasis): string | undefined {
  return basis === 'stated' ? undefined : BASIS_LABEL[basis];
}

/** An analyst's affiliation with its basis, e.g. "Senior counselor, FDD (from the editors' provenance record)". */
export function formatAffiliation(analyst: { affiliation: string; affiliationBasis: DateBasis }): string {
  const basis = factBasis(analyst.affiliationBasis);
  return basis ? `${analyst.affiliation} (${basis})` : analyst.affiliation;
}

/** The outlet's name, or a plain statement that the text does not name one. */
export function describeOutlet(reportedBy: { outlet: string | null }): string {
  return reportedBy.outlet ?? 'Not named in the text';
}
