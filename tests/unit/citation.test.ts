import { describe, expect, it } from 'vitest';
import { ACCESSED, bibtexCitation, bibtexEscape, bibtexName, plainCitation, quoted, type CitationInput } from '../../src/lib/citation';
import type { CitedSource } from '../../src/model/types';

const pfaff: CitedSource = {
  id: 'atlantic-council-report',
  name: 'Atlantic Council report',
  description: 'An Atlantic Council report the summary cites.',
  identifiedAs: {
    author: 'C. Anthony Pfaff',
    title: 'The future of US-Iraq relations',
    publisher: 'Atlantic Council',
    published: { date: '2020-04-27', basis: 'record' },
    url: 'https://www.atlanticcouncil.org/report/',
    basis: 'Its subject, timing and first recommendation match the summary.',
  },
};

const alaaldin: CitationInput = {
  id: 'engage-pmf-splinter-factions',
  recommendation: { title: 'Engage with PMF splinter factions', proposer: 'analyst' },
  briefing: {
    title: 'Six options for Washington to “reset its relationship” with Baghdad',
    analyst: { name: 'Ranj Alaaldin', affiliation: 'Visiting fellow, Brookings Institution', affiliationBasis: 'record' },
    original: {
      publisher: 'Brookings Institution',
      title: 'How the US should approach the strategic dialogue with Iraq',
      url: 'https://www.brookings.edu/article/',
      published: { date: '2020-05', basis: 'record' },
      language: 'English',
    },
    reportedBy: { outlet: 'Alhurra', language: 'Arabic', translation: 'English machine translation' },
    citedSources: [pfaff],
  },
  permalink: 'https://example.org/recommendations/engage-pmf-splinter-factions/',
  siteName: 'Briefing Room',
};

const hannah: CitationInput = {
  id: 'use-leverage-sanctions-and-strikes',
  recommendation: { title: 'Use the leverage', proposer: 'analyst' },
  briefing: {
    title: 'The strategic dialogue may be the last chance',
    analyst: { name: 'John Hannah', affiliation: 'Senior counselor, Foundation for Defense of Democracies', affiliationBasis: 'record' },
    original: { publisher: 'Foreign Policy', published: { date: '2020-05', basis: 'inferred' }, language: 'English' },
    reportedBy: { outlet: null, language: 'Arabic', translation: 'English machine translation' },
    citedSources: [],
  },
  permalink: 'https://example.org/recommendations/use-leverage-sanctions-and-strikes/',
  siteName: 'Briefing Room',
};

const byReport = (source: CitedSource): CitationInput => ({
  ...alaaldin,
  id: 'distance-iraq-from-us-iran-conflict',
  recommendation: { title: 'Keep Iraq out of the US–Iran conflict', proposer: source.id },
  briefing: { ...alaaldin.briefing, citedSources: [source] },
  permalink: 'https://example.org/recommendations/distance-iraq-from-us-iran-conflict/',
});
const unidentified: CitedSource = { id: 'atlantic-council-report', name: 'Atlantic Council report', description: 'x' };

describe('plain citations', () => {
  it("the analyst's own proposal: author, original with title and address, outlet, translation, this site's permalink", () => {
    expect(plainCitation(alaaldin)).toBe(
      'Ranj Alaaldin, “How the US should approach the strategic dialogue with Iraq”, Brookings Institution, May 2020, https://www.brookings.edu/article/; ' +
        'summarised in Arabic by Alhurra; English machine translation. ' +
        'Proposal “Engage with PMF splinter factions”, in Briefing Room, “Six options for Washington to ‘reset its relationship’ with Baghdad”, https://example.org/recommendations/engage-pmf-splinter-factions/.',
    );
  });

  it('an unknown title and an unnamed outlet are said to be unknown, never filled in', () => {
    expect(plainCitation(hannah)).toBe(
      'John Hannah, analysis in Foreign Policy (title not known), May 2020; summarised in Arabic by an outlet the text does not name; English machine translation. ' +
        'Proposal “Use the leverage”, in Briefing Room, “The strategic dialogue may be the last chance”, https://example.org/recommendations/use-leverage-sanctions-and-strikes/.',
    );
  });

  it("a cited report's proposal is the report's, identified as the editors identified it, and only cited by the summary", () => {
    expect(plainCitation(byReport(pfaff))).toBe(
      "C. Anthony Pfaff, “The future of US-Iraq relations”, Atlantic Council, 27 April 2020, https://www.atlanticcouncil.org/report/ (the summary's “Atlantic Council report”, as identified by the editors); " +
        'cited in the Arabic summary by Alhurra of Ranj Alaaldin, “How the US should approach the strategic dialogue with Iraq”, Brookings Institution, May 2020, https://www.brookings.edu/article/; English machine translation. ' +
        'Proposal “Keep Iraq out of the US–Iran conflict”, in Briefing Room, “Six options for Washington to ‘reset its relationship’ with Baghdad”, https://example.org/recommendations/distance-iraq-from-us-iran-conflict/.',
    );
    expect(plainCitation(byReport(unidentified))).toMatch(
      /^Atlantic Council report \(its title and date are not given in the summary\); cited in the Arabic summary by Alhurra of Ranj Alaaldin, /,
    );
    expect(plainCitation(byReport(unidentified))).not.toMatch(/as reported by|2020, month|Pfaff/);
  });

  it('dates read at the precision known: a year, a month, a day', () => {
    const at = (date: string) =>
      plainCitation({ ...hannah, briefing: { ...hannah.briefing, original: { ...hannah.briefing.original, published: { date, basis: 'record' } } } });
    expect(at('2020')).toContain('(title not known), 2020;');
    expect(at('2020-05')).toContain('(title not known), May 2020;');
    expect(at('2020-05-06')).toContain('(title not known), 6 May 2020;');
    expect(at('2020-05')).not.toMatch(/month only|record|inferred/);
  });

  it('never nests double quotes in double quotes', () => {
    expect(quoted('Six options to “reset” it')).toBe('“Six options to ‘reset’ it”');
    expect(quoted('a "b" c')).toBe('“a ‘b’ c”');
  });
});

describe('BibTeX', () => {
  it("the analyst's own proposal: the original's author, title, publisher and month, this site's permalink, the chain in the note", () => {
    expect(bibtexCitation(alaaldin)).toBe(
      [
        '@misc{alaaldin2020engage,',
        '  author = {Alaaldin, Ranj},',
        '  title = {{How the US should approach the strategic dialogue with Iraq}},',
        '  howpublished = {Brookings Institution},',
        '  year = {2020},',
        '  month = may,',
        '  url = {https://example.org/recommendations/engage-pmf-splinter-factions/},',
        "  note = {Original: \\url{https://www.brookings.edu/article/}. Summarised in Arabic by Alhurra; English machine translation. Proposal ``Engage with PMF splinter factions'', in Briefing Room, ``Six options for Washington to `reset its relationship' with Baghdad''}",
        '}',
      ].join('\n'),
    );
  });

  it('an unknown title is left out and said to be unknown', () => {
    const entry = bibtexCitation(hannah);
    expect(entry).not.toContain('title =');
    expect(entry).toContain('note = {Original title not known. Summarised in Arabic by an outlet the text does not name; English machine translation.');
  });

  it("a cited report: the report's own author, title and date when identified; no date at all when not", () => {
    expect(bibtexCitation(byReport(pfaff))).toBe(
      [
        '@misc{pfaff2020distance,',
        '  author = {Pfaff, C. Anthony},',
        '  title = {{The future of US-Iraq relations}},',
        '  howpublished = {Atlantic Council},',
        '  year = {2020},',
        '  month = apr,',
        '  url = {https://example.org/recommendations/distance-iraq-from-us-iran-conflict/},',
        "  note = {Identified by the editors as the summary's ``Atlantic Council report''. Report: \\url{https://www.atlanticcouncil.org/report/}. Cited in the Arabic summary by Alhurra of Ranj Alaaldin, ``How the US should approach the strategic dialogue with Iraq'', Brookings Institution, May 2020; English machine translation. Proposal ``Keep Iraq out of the US--Iran conflict'', in Briefing Room, ``Six options for Washington to `reset its relationship' with Baghdad''}",
        '}',
      ].join('\n'),
    );
    const vague = bibtexCitation(byReport(unidentified));
    expect(vague).toContain('  title = {{Atlantic Council report}},');
    expect(vague).not.toMatch(/year =|month =|author =/);
    expect(vague).toContain('note = {Title and date not given in the summary. Cited in the Arabic summary by Alhurra of Ranj Alaaldin');
  });

  it('gives a month only where the month is known', () => {
    const at = (date: string) =>
      bibtexCitation({ ...hannah, briefing: { ...hannah.briefing, original: { ...hannah.briefing.original, published: { date, basis: 'record' } } } });
    expect(at('2020')).toContain('  year = {2020},\n  url =');
    expect(at('2020-05-06')).toContain('  year = {2020},\n  month = may,');
  });

  it('escapes TeX and writes names family first', () => {
    expect(bibtexEscape('50% & $5 {x} a_b #1 US–Iraq')).toBe('50\\% \\& \\$5 \\{x\\} a\\_b \\#1 US--Iraq');
    expect(bibtexName('John Hannah')).toBe('Hannah, John');
    expect(bibtexName('C. Anthony Pfaff')).toBe('Pfaff, C. Anthony');
  });

  it('has an access date the page fills in, in each form', () => {
    expect(ACCESSED.plain.replace('{date}', '1 December 2026')).toBe(' Accessed 1 December 2026.');
    expect(ACCESSED.bibtex.replace('{date}', '2026-12-01')).toBe(',\n  urldate = {2026-12-01}');
  });
});
