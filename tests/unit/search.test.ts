import { describe, expect, it } from 'vitest';
import {
  actorsMentioned,
  decodeAliases,
  encodeAliases,
  foldName,
  highlightUrl,
  matchedAliases,
  parseSearchParams,
  queryWords,
  searchParamsOf,
} from '../../src/lib/search';
import { actor } from '../support/content';

const kadhimi = actor('mustafa-al-kadhimi', 'Mustafa al-Kadhimi', ['Kadhimi', 'Kazemi', 'Al-Kazimi', 'الكاظمي']);
const muhandis = actor('abu-mahdi-al-muhandis', 'Abu Mahdi al-Muhandis', ['Muhandis', 'the engineer', 'المهندس']);
const pmf = actor('pmf', 'Popular Mobilization Forces (PMF)', ['PMF', 'Hashd']);

describe('search helpers', () => {
  it('folds spellings for comparison', () => {
    expect(foldName('Al-Kazimi')).toBe('kazimi');
    expect(foldName('  Qāsem ')).toBe('qasem');
    expect(foldName('الكاظمي')).toBe('الكاظمي');
  });

  it('carries aliases through one metadata string and back', () => {
    const meta = encodeAliases([kadhimi, pmf]);
    expect(decodeAliases(meta)).toEqual([
      { label: 'Mustafa al-Kadhimi', aliases: ['Kadhimi', 'Kazemi', 'Al-Kazimi', 'الكاظمي'] },
      { label: 'Popular Mobilization Forces (PMF)', aliases: ['PMF', 'Hashd'] },
    ]);
    expect(decodeAliases(undefined)).toEqual([]);
    expect(decodeAliases(encodeAliases([actor('x', 'A;B=C', ['d|e'])]))).toEqual([{ label: 'A B C', aliases: ['d e'] }]);
  });

  it('says which actor a query reached through an alias, and stays quiet when the name itself was typed', () => {
    const meta = encodeAliases([kadhimi, muhandis]);
    expect(matchedAliases('Kazemi', meta)).toEqual([{ label: 'Mustafa al-Kadhimi', alias: 'Kazemi' }]);
    expect(matchedAliases('kazim', meta)).toEqual([{ label: 'Mustafa al-Kadhimi', alias: 'Al-Kazimi' }]);
    expect(matchedAliases('الكاظمي', meta)).toEqual([{ label: 'Mustafa al-Kadhimi', alias: 'الكاظمي' }]);
    expect(matchedAliases('engineer', meta)).toEqual([{ label: 'Abu Mahdi al-Muhandis', alias: 'the engineer' }]);
    const withFullName = encodeAliases([actor('m', 'Abu Mahdi al-Muhandis', ['أبو مهدي المهندس', 'المهندس'])]);
    expect(matchedAliases('المهندس', withFullName)).toEqual([{ label: 'Abu Mahdi al-Muhandis', alias: 'المهندس' }]);
    expect(matchedAliases('Kadhimi', meta)).toEqual([]);
    expect(matchedAliases('sanctions', meta)).toEqual([]);
  });

  it('finds the actors a narrative names, by label or Latin alias, as whole words', () => {
    const text = 'the vacuum left by Soleimani and al-Muhandis; the PMF and the Hashd';
    expect(actorsMentioned(text, [kadhimi, muhandis, pmf]).map((a) => a.id)).toEqual(['abu-mahdi-al-muhandis', 'pmf']);
    expect(actorsMentioned('PMFs and Hashdi', [pmf])).toEqual([]);
  });

  it('carries the query to the target page without losing its anchor', () => {
    expect(highlightUrl('/briefings/b/#rec', 'Kazemi sanctions')).toBe('/briefings/b/?highlight=Kazemi&highlight=sanctions#rec');
    expect(highlightUrl('/sub/briefings/b/', 'الكاظمي')).toBe(`/sub/briefings/b/?highlight=${encodeURIComponent('الكاظمي')}`);
    expect(highlightUrl('/b/#x', '  ')).toBe('/b/#x');
  });

  it('keeps query and filters in the URL, so a search can be shared', () => {
    const params = searchParamsOf(' Kurdish card ', { tag: ['Sanctions', 'Militias'], actor: ['Iran'] });
    expect(params.toString()).toBe('q=Kurdish+card&tag=Sanctions&tag=Militias&actor=Iran');
    expect(parseSearchParams(params)).toEqual({ query: 'Kurdish card', filters: { tag: ['Sanctions', 'Militias'], actor: ['Iran'] } });
    expect(parseSearchParams(new URLSearchParams('unknown=1'))).toEqual({ query: '', filters: {} });
    expect(searchParamsOf('', { proposer: ['Atlantic Council report'] }).toString()).toBe('proposer=Atlantic+Council+report');
    expect(queryWords(' a  b,c ')).toEqual(['a', 'b', 'c']);
  });

  it('reads the former analyst= parameter of shared URLs as the proposer filter', () => {
    expect(parseSearchParams(new URLSearchParams('q=Iraq&analyst=John+Hannah'))).toEqual({ query: 'Iraq', filters: { proposer: ['John Hannah'] } });
    const both = parseSearchParams(new URLSearchParams('proposer=Atlantic+Council+report&analyst=Ranj+Alaaldin&analyst=Atlantic+Council+report'));
    expect(both.filters).toEqual({ proposer: ['Atlantic Council report', 'Ranj Alaaldin'] });
    // Written back, such a URL says proposer.
    expect(searchParamsOf(both.query, both.filters).toString()).toBe('proposer=Atlantic+Council+report&proposer=Ranj+Alaaldin');
  });
});

describe('briefings that name an actor in their own text', () => {
  it('finds a name in the narrative or the summary, by label or alias, whole words only', async () => {
    const { briefingsNaming } = await import('../../src/lib/search');
    const pompeo = actor('mike-pompeo', 'Mike Pompeo', ['Pompeo', 'مايك بومبيو']);
    const briefings = [
      { id: 'a', data: { summary: 'A summary.' }, body: 'On April 7, US Secretary of State Mike Pompeo called for a dialogue.' },
      { id: 'b', data: { summary: 'Pompeo spoke.' }, body: '' },
      { id: 'c', data: { summary: 'Nothing here.' }, body: 'Pompeopolis is a place.' },
    ];
    expect(briefingsNaming(briefings, pompeo).map((b) => b.id)).toEqual(['a', 'b']);
  });
});
