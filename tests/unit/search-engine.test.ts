/** The search engine both views share, on a fake Pagefind: what a query shows, and what it drops. */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/client/search/engine';
import type { Pagefind, PagefindResponse, PagefindResult } from '../../src/client/search/pagefind';
import { enSearch, type SearchWords } from '../../src/i18n/en-search';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const recommendation: PagefindResult = {
  url: '/briefings/alaaldin-brookings-2020/#help-kadhimi-with-governance',
  excerpt: 'Help <mark>Kadhimi</mark> govern &amp; reform',
  meta: {
    title: 'Help Kadhimi with governance',
    kind: 'recommendation',
    briefing: 'Six options for Washington',
    analyst: 'Ranj Alaaldin',
    proposer: 'Atlantic Council report',
    aliases: 'Mustafa al-Kadhimi = Kazemi | Kazimi',
  },
};
const briefing: PagefindResult = {
  url: '/briefings/hannah-foreign-policy-2020/',
  excerpt: 'The whole briefing',
  meta: {
    title: 'The strategic dialogue may be the last chance',
    kind: 'briefing',
    briefing: 'The strategic dialogue may be the last chance',
    analyst: 'John Hannah',
  },
  sub_results: [
    { title: 'Intro', url: '/briefings/hannah-foreign-policy-2020/#intro', excerpt: 'intro', anchor: { id: 'intro' }, locations: [1] },
    {
      title: 'Leverage',
      url: '/briefings/hannah-foreign-policy-2020/#leverage',
      excerpt: 'the <mark>leverage</mark>',
      anchor: { id: 'leverage' },
      locations: [4, 9],
    },
  ],
};

/**
 * Pagefind's debounce as its 1.6 bundle implements it (a later call makes an earlier one resolve to
 * null), over fixed records; `slow` delays loading a record's data, as a cold fragment fetch would.
 */
function fakePagefind(records: PagefindResult[], slow: { title?: string; ms: number } = { ms: 0 }) {
  let searchID = 0;
  const searches: { term: string | null; filters: unknown }[] = [];
  const respond = (term: string | null): PagefindResponse => ({
    results: records.map((record, i) => ({
      id: String(i),
      data: async () => {
        if (record.meta.title === slow.title) await sleep(slow.ms);
        return record;
      },
    })),
    filters: { tag: { Sanctions: records.length } },
    unfilteredResultCount: term === null ? 0 : records.length,
  });
  const pagefind: Pagefind = {
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    filters: async () => ({ tag: { Sanctions: 3, Militias: 2 } }),
    search: async (term) => respond(term),
    debouncedSearch: async (term, options, debounceMs = 300) => {
      const id = ++searchID;
      await sleep(debounceMs);
      if (id !== searchID) return null;
      searches.push({ term, filters: options?.filters });
      return respond(term);
    },
  };
  return { load: async () => pagefind, searches };
}

const request = { filters: {}, limit: 5, debounceMs: 0 };

describe('the search engine', () => {
  it('labels each result from the dictionary by its stable kind, never by a label in the index', async () => {
    const german: SearchWords = { ...enSearch, 'search.kind.recommendation': 'Empfehlung', 'search.kind.briefing': 'Lagebericht' };
    const engine = createSearchEngine(fakePagefind([recommendation, briefing]).load, german);
    const view = await engine.run({ ...request, query: 'Kadhimi' });
    expect(view?.failed).toBe(false);
    const [rec, brief] = view && !view.failed ? view.results : [];
    expect(rec).toMatchObject({ kind: 'recommendation', context: 'Empfehlung · Six options for Washington · Atlantic Council report' });
    // A briefing's title is the result's own: the line does not repeat it.
    expect(brief).toMatchObject({ kind: 'briefing', context: 'Lagebericht · John Hannah' });
  });

  it('leaves the label out for a kind it does not know, rather than showing the raw value', async () => {
    const unknown = { ...recommendation, meta: { ...recommendation.meta, kind: 'Recommendation' } };
    const view = await createSearchEngine(fakePagefind([unknown]).load).run({ ...request, query: 'Kadhimi' });
    expect(view && !view.failed && view.results[0]).toMatchObject({ kind: undefined, context: 'Six options for Washington · Atlantic Council report' });
  });

  it('lands a briefing hit on its best-matching section, with the words to highlight, and keeps the excerpt as Pagefind marked it', async () => {
    const view = await createSearchEngine(fakePagefind([briefing]).load).run({ ...request, query: 'the leverage' });
    expect(view && !view.failed && view.results[0]).toMatchObject({
      url: '/briefings/hannah-foreign-policy-2020/?highlight=the&highlight=leverage#leverage',
      excerpt: 'the <mark>leverage</mark>',
      title: 'The strategic dialogue may be the last chance',
    });
  });

  it('says which actor a query reached through an alias, and nothing when it named none', async () => {
    const engine = createSearchEngine(fakePagefind([recommendation]).load);
    const byAlias = await engine.run({ ...request, query: 'Kazemi' });
    expect(byAlias && !byAlias.failed && byAlias.results[0]?.matched).toBe('Matched: Mustafa al-Kadhimi (“Kazemi”)');
    const byLabel = await engine.run({ ...request, query: 'Kadhimi' });
    expect(byLabel && !byLabel.failed && byLabel.results[0]?.matched).toBe('');
  });

  it('counts every result but loads only as many as the view shows', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...recommendation, meta: { ...recommendation.meta, title: `R${i}` } }));
    const view = await createSearchEngine(fakePagefind(many).load).run({ ...request, query: 'Kadhimi', limit: 3 });
    expect(view && !view.failed && view.results.map((r) => r.title)).toEqual(['R0', 'R1', 'R2']);
    expect(view?.status).toBe('7 results for “Kadhimi”.');
    const one = await createSearchEngine(fakePagefind([briefing]).load).run({ ...request, query: 'x' });
    expect(one?.status).toBe('1 result for “x”.');
    const none = await createSearchEngine(fakePagefind([]).load).run({ ...request, query: 'x' });
    expect(none?.status).toBe('No results for “x”.');
  });

  it('drops a response a newer search overtook while its results were loading', async () => {
    const engine = createSearchEngine(fakePagefind([recommendation], { title: recommendation.meta.title, ms: 40 }).load);
    const first = engine.run({ ...request, query: 'Kad' });
    await sleep(10); // the first search has its response and is loading the records
    const second = engine.run({ ...request, query: 'Kadhimi' });
    expect(await first).toBeNull();
    expect((await second)?.status).toBe('1 result for “Kadhimi”.');
  });

  it('drops a search that Pagefind’s debounce superseded, and runs only the last', async () => {
    const fake = fakePagefind([recommendation]);
    const engine = createSearchEngine(fake.load);
    const typing = engine.run({ ...request, query: 'Ka', debounceMs: 30 });
    const typed = engine.run({ ...request, query: 'Kadhimi', debounceMs: 30 });
    expect(await typing).toBeNull();
    expect((await typed)?.status).toBe('1 result for “Kadhimi”.');
    expect(fake.searches.map((s) => s.term)).toEqual(['Kadhimi']);
  });

  it('drops a search under way once the view stops it (the box was cleared)', async () => {
    const engine = createSearchEngine(fakePagefind([recommendation]).load);
    const running = engine.run({ ...request, query: 'Kadhimi', debounceMs: 20 });
    engine.stop();
    expect(await running).toBeNull();
  });

  it('shows the failure message when the engine cannot load, or a search fails', async () => {
    const broken = createSearchEngine(() => Promise.reject(new Error('404 pagefind.js')));
    expect(await broken.run({ ...request, query: 'Kadhimi' })).toEqual({ failed: true, status: enSearch['search.failed'] });
    expect(await broken.totals()).toBeNull();

    const fake = fakePagefind([recommendation]);
    const failing = { ...(await fake.load()), debouncedSearch: () => Promise.reject(new Error('corrupt index')) };
    const engine = createSearchEngine(async () => failing);
    expect(await engine.run({ ...request, query: 'Kadhimi' })).toEqual({ failed: true, status: enSearch['search.failed'] });
  });

  it('asks for any of the chosen values of each filter, and for the filters alone when there is no query', async () => {
    const fake = fakePagefind([recommendation]);
    const engine = createSearchEngine(fake.load);
    const view = await engine.run({ ...request, query: '  ', filters: { tag: ['Sanctions', 'Militias'], proposer: ['Ranj Alaaldin'] } });
    expect(fake.searches).toEqual([{ term: null, filters: { tag: { any: ['Sanctions', 'Militias'] }, proposer: { any: ['Ranj Alaaldin'] } } }]);
    expect(view && !view.failed && view.filters).toEqual({ tag: { Sanctions: 1 } });
    expect(await engine.totals()).toEqual({ tag: { Sanctions: 3, Militias: 2 } });
  });
});
