import { describe, expect, it } from 'vitest';
import { briefingJsonLd, recommendationJsonLd } from '../../src/lib/structured-data';
import type { BriefingData } from '../../src/model/types';

const site = { name: 'Briefing Room', url: 'https://example.org/' };
const hannah: BriefingData = {
  title: 'The strategic dialogue may be the last chance',
  summary: 'Our summary.',
  analyst: { name: 'John Hannah', affiliation: 'Senior counselor, Foundation for Defense of Democracies', affiliationBasis: 'record' },
  original: { publisher: 'Foreign Policy', published: { date: '2020-05', basis: 'inferred' }, language: 'English' },
  reportedBy: { outlet: null, language: 'Arabic', translation: 'English machine translation' },
  citedSources: [],
  editorNotes: [],
  formerIds: [],
};
const alaaldin: BriefingData = {
  ...hannah,
  title: 'Six options for Washington',
  analyst: { name: 'Ranj Alaaldin', affiliation: 'Visiting fellow', affiliationBasis: 'record' },
  original: {
    publisher: 'Brookings Institution',
    title: 'How the US should approach the strategic dialogue with Iraq',
    url: 'https://www.brookings.edu/a/',
    published: { date: '2020-05', basis: 'record' },
    language: 'English',
  },
  reportedBy: { outlet: 'Alhurra', language: 'Arabic', translation: 'English machine translation' },
  citedSources: [
    {
      id: 'atlantic-council-report',
      name: 'Atlantic Council report',
      description: 'x',
      identifiedAs: {
        author: 'C. Anthony Pfaff',
        title: 'The future of US-Iraq relations',
        publisher: 'Atlantic Council',
        published: { date: '2020-04-27', basis: 'record' },
        url: 'https://www.atlanticcouncil.org/r/',
        basis: 'Its subject and timing match.',
      },
    },
  ],
};

describe('JSON-LD', () => {
  it('makes a briefing page our Article, based on the translation of the summary of the original, with no invented title or outlet', () => {
    expect(briefingJsonLd(hannah, 'https://example.org/briefings/h/', 'https://example.org/og.png', site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'The strategic dialogue may be the last chance',
      description: 'Our summary.',
      url: 'https://example.org/briefings/h/',
      image: 'https://example.org/og.png',
      inLanguage: 'en',
      author: { '@type': 'Organization', name: 'Briefing Room', url: 'https://example.org/' },
      publisher: { '@type': 'Organization', name: 'Briefing Room', url: 'https://example.org/' },
      creditText: 'Analysis by John Hannah (Foreign Policy), read in an English machine translation',
      isBasedOn: {
        '@type': 'CreativeWork',
        description: 'English machine translation of a summary in Arabic',
        inLanguage: 'en',
        translationOfWork: {
          '@type': 'CreativeWork',
          description: 'Summary by an outlet the text does not name',
          inLanguage: 'ar',
          isBasedOn: {
            '@type': 'CreativeWork',
            author: { '@type': 'Person', name: 'John Hannah', jobTitle: 'Senior counselor, Foundation for Defense of Democracies' },
            publisher: { '@type': 'Organization', name: 'Foreign Policy' },
            datePublished: '2020-05',
            inLanguage: 'en',
          },
        },
      },
    });
  });

  it('names the original and the outlet where they are known', () => {
    const ld = briefingJsonLd(alaaldin, 'u', 'i', site) as unknown as {
      isBasedOn: { translationOfWork: Record<string, unknown> & { isBasedOn: Record<string, unknown> } };
    };
    expect(ld.isBasedOn.translationOfWork).toMatchObject({
      publisher: { '@type': 'Organization', name: 'Alhurra' },
      description: 'Summary published by Alhurra',
    });
    expect(ld.isBasedOn.translationOfWork.isBasedOn).toMatchObject({
      name: 'How the US should approach the strategic dialogue with Iraq',
      url: 'https://www.brookings.edu/a/',
      publisher: { name: 'Brookings Institution' },
    });
  });

  it("credits a cited report's proposal to the report, as the editors identified it, never to the analyst's publisher", () => {
    const ld = recommendationJsonLd(
      { title: 'Keep Iraq out', summary: 's', proposer: 'atlantic-council-report' },
      alaaldin,
      { recommendation: 'r', briefing: 'b', image: 'i' },
      ['Sanctions'],
      site,
    );
    expect(ld).toMatchObject({
      '@type': 'CreativeWork',
      author: { name: 'Briefing Room' },
      publisher: { name: 'Briefing Room' },
      isPartOf: { '@type': 'Article', headline: 'Six options for Washington', url: 'b' },
      creditText: "Proposed in the Atlantic Council report that the summary of Ranj Alaaldin's analysis cites",
      citation: {
        '@type': 'Report',
        name: 'The future of US-Iraq relations',
        author: { '@type': 'Person', name: 'C. Anthony Pfaff' },
        publisher: { '@type': 'Organization', name: 'Atlantic Council' },
        datePublished: '2020-04-27',
        description: "Identified by the editors as the summary's “Atlantic Council report”: Its subject and timing match.",
      },
    });
    expect(JSON.stringify(ld)).not.toContain('"publisher":{"@type":"Organization","name":"Brookings Institution"},"headline"');
    const own = recommendationJsonLd(
      { title: 'Use the leverage', summary: 's', proposer: 'analyst' },
      hannah,
      { recommendation: 'r', briefing: 'b', image: 'i' },
      [],
      site,
    );
    expect(own).toMatchObject({ creditText: 'Proposed by John Hannah (Foreign Policy)' });
    expect(own).not.toHaveProperty('citation');
  });
});
