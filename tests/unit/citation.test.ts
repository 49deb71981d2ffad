import { describe, expect, it } from 'vitest';
import { bibtexCitation, bibtexEscape, bibtexName, plainCitation, type CitationInput } from '../../src/lib/citation';

const input: CitationInput = {
  id: 'engage-pmf-splinter-factions',
  recommendation: { title: 'Splinter factions', proposer: 'analyst' },
  briefing: {
    title: 'Six options for Washington to “reset its relationship” with Baghdad',
    analyst: { name: 'Ranj Alaaldin', affiliation: 'Visiting fellow, Brookings Institution' },
    original: { publisher: 'Brookings Institution', title: 'How the US should approach the strategic dialogue with Iraq', published: { date: '2020-05', basis: 'record' }, language: 'English' },
  },
  proposerName: 'Ranj Alaaldin',
  permalink: 'https://example.org/recommendations/engage-pmf-splinter-factions/',
  siteName: 'Briefing Room',
};

describe('citations', () => {
  it('gives analyst, titles, original publisher and date with its precision, permalink, and a place for the access date', () => {
    expect(plainCitation(input)).toBe(
      'Ranj Alaaldin. “Splinter factions.” In “Six options for Washington to “reset its relationship” with Baghdad”, Briefing Room. ' +
        "Original analysis: “How the US should approach the strategic dialogue with Iraq”, Brookings Institution, May 2020 (month only, from the editors' provenance record). " +
        'https://example.org/recommendations/engage-pmf-splinter-factions/ (accessed [date]).',
    );
  });

  it('credits a cited report, as reported by the analyst, and leaves out an unknown original title', () => {
    const cited = { ...input, recommendation: { title: 'Keep Iraq out', proposer: 'atlantic-council-report' }, proposerName: 'Atlantic Council report' };
    const noTitle = { ...cited, briefing: { ...cited.briefing, original: { ...cited.briefing.original, title: undefined } } };
    expect(plainCitation(noTitle)).toMatch(/^Atlantic Council report, as reported by Ranj Alaaldin\. “Keep Iraq out\.”/);
    expect(plainCitation(noTitle)).toContain('Original analysis: Brookings Institution, May 2020');
    expect(bibtexCitation(noTitle)).toContain('author = {{Atlantic Council report}}');
  });

  it('writes valid BibTeX: escaped, with a key, month as a macro, the URL whole', () => {
    expect(bibtexCitation(input)).toBe(
      [
        '@misc{alaaldin2020engage,',
        '  author = {Alaaldin, Ranj},',
        '  title = {Splinter factions},',
        "  booktitle = {Six options for Washington to ``reset its relationship'' with Baghdad},",
        '  publisher = {Briefing Room},',
        '  year = {2020},',
        '  month = may,',
        '  url = {https://example.org/recommendations/engage-pmf-splinter-factions/},',
        "  note = {Original analysis: How the US should approach the strategic dialogue with Iraq, Brookings Institution, May 2020 (month only, from the editors' provenance record). Accessed: [date]}",
        '}',
      ].join('\n'),
    );
    expect(bibtexEscape('50% & $5 {x} a_b #1 US–Iraq')).toBe('50\\% \\& \\$5 \\{x\\} a\\_b \\#1 US--Iraq');
    expect(bibtexName('John Hannah')).toBe('Hannah, John');
    expect(bibtexName('Plato')).toBe('Plato');
  });
});
