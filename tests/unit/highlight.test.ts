import { describe, expect, it } from 'vitest';
import { matchedSpans, termPattern } from '../../src/client/search/highlight-match';
import { encodeAliases, highlightTerms, highlightUrl } from '../../src/lib/search';
import { actor } from '../support/content';

/** The parts of a text that the terms mark. */
const marked = (text: string, terms: string[]) => {
  const pattern = termPattern(terms);
  return pattern ? matchedSpans(text, pattern).map(([start, end]) => text.slice(start, end)) : [];
};

const kadhimi = actor('mustafa-al-kadhimi', 'Mustafa al-Kadhimi', ['Kadhimi', 'al-Kadhimi', 'Kazemi', 'الكاظمي']);
const pmf = actor('pmf', 'Popular Mobilization Forces (PMF)', ['PMF', 'Hashd', 'the crowd']);

describe('marking the words a search result carried', () => {
  it('marks whole words only, never a word inside another', () => {
    expect(marked('The rather odd, neither-nor view of the crowd', ['the', 'crowd'])).toEqual(['The', 'the', 'crowd']);
    expect(marked('It moved toward war; a warlord', ['war'])).toEqual(['war']);
    expect(marked('He said aid would come; aides agreed', ['aid'])).toEqual(['aid']);
  });

  it('leaves out the punctuation around a word, in the text and in the query', () => {
    expect(marked('sanctions, (sanctions) and “sanctions.”', ['sanctions'])).toEqual(['sanctions', 'sanctions', 'sanctions']);
    expect(marked('on sanctions.', ['sanctions.'])).toEqual(['sanctions']);
    expect(marked('a , b', [',', ' '])).toEqual([]);
  });

  it('marks whole words in Arabic script, not a word that only contains it', () => {
    expect(marked('قال الكاظمي إن', ['الكاظمي'])).toEqual(['الكاظمي']);
    expect(marked('والكاظميون', ['الكاظمي'])).toEqual([]);
    expect(marked('الحشد الشعبي', ['الحشد'])).toEqual(['الحشد']);
  });

  it('marks a name whole, the longest first, across any spacing and either apostrophe', () => {
    expect(marked('Prime Minister Mustafa  al-Kadhimi met al-Kadhimi’s team', ['Kadhimi', 'al-Kadhimi', 'Mustafa al-Kadhimi'])).toEqual([
      'Mustafa  al-Kadhimi',
      'al-Kadhimi',
    ]);
    expect(marked('Trump’s administration', ["Trump's administration"])).toEqual(['Trump’s administration']);
  });
});

describe('what a result link carries for an alias match', () => {
  const meta = encodeAliases([kadhimi, pmf]);

  it("carries the matched actor's printed names instead of the alias words", () => {
    expect(highlightTerms('Kazemi', meta)).toEqual(['Mustafa al-Kadhimi', 'Kadhimi', 'al-Kadhimi', 'Kazemi', 'الكاظمي']);
    expect(highlightTerms('the crowd', meta)).toEqual(['Popular Mobilization Forces', 'PMF', 'Hashd', 'the crowd']);
    expect(highlightTerms('Kazemi sanctions', meta)[0]).toBe('sanctions');
    expect(highlightTerms('Kadhimi sanctions', meta)).toEqual(['Kadhimi', 'sanctions']);
    expect(marked('the PMF and al-Kadhimi, rather', highlightTerms('Kazemi', meta))).toEqual(['al-Kadhimi']);
  });

  it('puts them in the link, and only the words without alias metadata', () => {
    expect(highlightUrl('/b/#rec', 'Kazemi', meta)).toBe(
      `/b/?${new URLSearchParams(['Mustafa al-Kadhimi', 'Kadhimi', 'al-Kadhimi', 'Kazemi', 'الكاظمي'].map((n) => ['highlight', n]))}#rec`,
    );
    expect(highlightUrl('/b/#rec', 'Kazemi')).toBe('/b/?highlight=Kazemi#rec');
  });
});
