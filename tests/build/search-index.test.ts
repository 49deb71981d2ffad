/**
 * The search contract, against the real Pagefind index of the built site: every spelling of every
 * actor finds what names that actor, hits land on recommendation anchors, nothing comes back twice,
 * and only content is indexed. A second build proves an alias added to the data is all it takes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/build-site';
import { VARIANT } from '../support/global-setup';
import { readProposals } from '../support/proposals';
import { openIndex, type IndexSearch } from '../support/search-node';

interface ActorRow {
  id: string;
  label: string;
  aliases: string[];
}
const actors = parse(readFileSync(join(projectRoot, 'content/actors.yaml'), 'utf8')) as ActorRow[];

/** Recommendation ids per actor id, read from the content files' frontmatter. */
const recommendationsOf = new Map<string, string[]>();
for (const briefing of readdirSync(join(projectRoot, 'content/recommendations'))) {
  for (const file of readdirSync(join(projectRoot, 'content/recommendations', briefing))) {
    const text = readFileSync(join(projectRoot, 'content/recommendations', briefing, file), 'utf8');
    const front = parse(text.split('---')[1] ?? '') as { actors?: string[] };
    for (const actor of front.actors ?? []) recommendationsOf.set(actor, [...(recommendationsOf.get(actor) ?? []), file.replace(/\.mdx$/, '')]);
  }
}
const { recommendations: proposals } = readProposals(join(projectRoot, 'content'));
/** Recommendation ids a proposer (by name, as the filter has it) makes. */
const proposalsOf = (name: string) =>
  proposals
    .filter((r) => r.proposerName === name)
    .map((r) => r.id)
    .sort();

const anchorOf = (url: string) => url.split('#')[1] ?? '';

let index: IndexSearch;
beforeAll(async () => {
  index = await openIndex(inject('siteDir'));
});
afterAll(() => index?.close());

describe('search index', () => {
  const withRecommendations = actors.filter((a) => recommendationsOf.has(a.id));

  it.each(withRecommendations.flatMap((a) => [a.label, ...a.aliases].map((spelling) => [a.id, spelling] as const)))(
    '%s: "%s" finds a recommendation that names the actor',
    async (actorId, spelling) => {
      const results = await index.search(spelling);
      const found = results.map((r) => anchorOf(r.url)).filter((id) => recommendationsOf.get(actorId)?.includes(id));
      expect(found.length, `"${spelling}" found ${results.map((r) => r.url).join(', ') || 'nothing'}`).toBeGreaterThan(0);
    },
  );

  it('finds the same al-Kadhimi recommendations whatever the spelling, and ranks them above the briefing that mentions him', async () => {
    const expected = [...(recommendationsOf.get('mustafa-al-kadhimi') ?? [])].sort();
    for (const spelling of ['Kadhimi', 'Kazemi', 'Kazimi', 'الكاظمي']) {
      const results = await index.search(spelling);
      expect(
        results
          .map((r) => anchorOf(r.url))
          .filter(Boolean)
          .sort(),
        spelling,
      ).toEqual(expected);
      expect(results[0]?.meta.kind, spelling).toBe('recommendation');
    }
  });

  it('finds the text that says al-Muhandis by "Muhandis", "المهندس" and the translation\'s "engineer", and Soleimani as "Suleimani"', async () => {
    for (const spelling of ['Muhandis', 'المهندس', 'engineer']) {
      const anchors = (await index.search(spelling)).map((r) => anchorOf(r.url));
      expect(anchors, spelling).toContain('lower-expectations-on-iran-proxies');
    }
    const suleimani = await index.search('Suleimani');
    expect(suleimani.map((r) => anchorOf(r.url))).toContain('lower-expectations-on-iran-proxies');
  });

  it('lands a recommendation hit on its section in the briefing, once', async () => {
    const results = await index.search('shift the balance of power');
    expect(results.map((r) => r.url)).toEqual(['/briefings/alaaldin-brookings-2020/#engage-pmf-splinter-factions']);
    expect(results[0]?.excerpt).toContain('<mark>');
  });

  it('filters recommendations by tag, actor, briefing and proposer', async () => {
    const all = await index.search('sanctions');
    const tagged = await index.search('sanctions', { tag: ['Militias and armed factions'] });
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.length).toBeLessThan(all.length);
    for (const r of tagged) expect(r.filters?.tag).toContain('Militias and armed factions');
    const byProposer = await index.search('Iraq', { proposer: ['John Hannah'] });
    expect(byProposer.length).toBeGreaterThan(0);
    for (const r of byProposer) expect(r.url).toContain('/briefings/hannah-foreign-policy-2020/');
    // A report the briefing cites is its own proposer: its proposals are not the analyst's.
    expect(proposalsOf('Atlantic Council report').length).toBeGreaterThan(0);
    for (const name of ['Atlantic Council report', 'Ranj Alaaldin', 'John Hannah']) {
      const found = await index.search(null, { proposer: [name] });
      expect(found.map((r) => anchorOf(r.url)).sort(), name).toEqual(proposalsOf(name));
      for (const r of found) expect(r.meta.proposer, r.url).toBe(name);
    }
    const byBriefing = await index.search('Iraq', { briefing: ['Six options for Washington to “reset its relationship” with Baghdad'] });
    expect(byBriefing.length).toBeGreaterThan(0);
    expect(byBriefing.length).toBeLessThan((await index.search('Iraq')).length);
    for (const r of byBriefing) expect(r.url).toContain('/briefings/alaaldin-brookings-2020/');
    const byActor = await index.search('Iraq', { actor: ['Kurdistan Region'] });
    const kurdish = [...(recommendationsOf.get('kurdistan-region') ?? [])].sort();
    expect(kurdish.length).toBeGreaterThan(0);
    expect(byActor.map((r) => anchorOf(r.url)).sort()).toEqual(kurdish);
  });

  it("indexes content only: no navigation, lists of links, tag or actor pages, or editor's notes", async () => {
    // Words that stand only in a tag's description and a relation's note, in the editor's notes,
    // and (besides one recommendation's text) in relation notes shown on other pages.
    for (const word of ['waivers', 'garbles', 'overnight']) {
      const urls = (await index.search(word)).map((r) => r.url);
      expect(urls, word).toEqual(word === 'overnight' ? ['/briefings/hannah-foreign-policy-2020/#make-limited-realistic-demands'] : []);
    }
    const urls = (await index.search('Iraq')).map((r) => r.url);
    expect(urls.some((u) => /^\/(tags|actors|recommendations)\//.test(u))).toBe(false);
  });
});

describe('an alias added to the actor data', () => {
  it(`is searchable after a rebuild (here "${VARIANT.alias}", built under ${VARIANT.base})`, async () => {
    expect(await index.search(VARIANT.alias)).toEqual([]);
    const variant = await openIndex(inject('variantDir'), VARIANT.base);
    try {
      const results = await variant.search(VARIANT.alias);
      const anchors = results
        .map((r) => anchorOf(r.url))
        .filter(Boolean)
        .sort();
      const expected = [...(recommendationsOf.get(VARIANT.actor) ?? [])].sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(anchors).toEqual(expected);
      for (const r of results) expect(r.url.startsWith(`${VARIANT.base}briefings/`)).toBe(true);
    } finally {
      await variant.close();
    }
  });
});
