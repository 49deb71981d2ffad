import { describe, expect, it } from 'vitest';
import { datePrecision, describeOutlet, formatDateOnly, formatPartialDate } from '../../src/lib/provenance';
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

  it('normalises the deploy base path', () => {
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('sub/path')).toBe('/sub/path/');
    expect(normaliseBasePath('/sub/')).toBe('/sub/');
  });
});
