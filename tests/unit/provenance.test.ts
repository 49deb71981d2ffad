import { describe, expect, it } from 'vitest';
import { affiliationNamesPublisher, datePrecision, describeOutlet, formatDateOnly, formatPartialDate, formatPublication } from '../../src/lib/provenance';
import { normaliseBasePath } from '../../src/site.config';

describe('provenance', () => {
  it('says how precise a date is and how we know it', () => {
    expect(formatPartialDate({ date: '2020-05', basis: 'inferred' })).toBe('May 2020 (month only, inferred from the text)');
    expect(formatPartialDate({ date: '2020', basis: 'stated' })).toBe('2020 (year only, stated in the text)');
    expect(formatPartialDate({ date: '2020-04-07', basis: 'stated' })).toBe('7 April 2020 (stated in the text)');
    expect(formatPartialDate({ date: '2020-05', basis: 'record' })).toBe("May 2020 (month only, from the editors' provenance record)");
  });

  it('never shows more precision than the date has', () => {
    expect(datePrecision('2020')).toBe('year');
    expect(datePrecision('2020-05')).toBe('month');
    expect(datePrecision('2020-05-01')).toBe('day');
    expect(formatDateOnly('2020-05')).toBe('May 2020');
    expect(formatDateOnly('2020-12-31')).toBe('31 December 2020');
  });

  it('says plainly when the reporting outlet is not named', () => {
    expect(describeOutlet({ outlet: null })).toBe('Not named in the text');
    expect(describeOutlet({ outlet: 'Alhurra' })).toBe('Alhurra');
  });

  it('names the publisher once in a byline whose affiliation already names it', () => {
    const original = { publisher: 'Brookings Institution', published: { date: '2020-05', basis: 'record' as const } };
    expect(formatPublication({ analyst: { affiliation: 'Visiting fellow, Brookings Institution' }, original })).toBe("May 2020 (editors' record)");
    expect(formatPublication({ analyst: { affiliation: 'Senior counselor, Foundation for Defense of Democracies' }, original })).toBe(
      "Brookings Institution, May 2020 (editors' record)",
    );
  });

  it('matches the publisher in an affiliation by whole words, in any case', () => {
    expect(affiliationNamesPublisher('Fellow at the brookings institution’s Doha Center', 'Brookings Institution')).toBe(true);
    expect(affiliationNamesPublisher('Columnist, Foreign Policy', 'Foreign Policy')).toBe(true);
    // A publisher's name inside a longer word, or only part of it, is another organisation.
    expect(affiliationNamesPublisher('Senior fellow, Foreign Policymakers Forum', 'Foreign Policy')).toBe(false);
    expect(affiliationNamesPublisher('Fellow, Brookings Doha Center', 'Brookings Institution')).toBe(false);
    expect(affiliationNamesPublisher('Independent analyst', '')).toBe(false);
  });

  it('normalises the deploy base path', () => {
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('sub/path')).toBe('/sub/path/');
    expect(normaliseBasePath('/sub/')).toBe('/sub/');
  });
});
