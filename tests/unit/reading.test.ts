import { describe, expect, it } from 'vitest';
import { actorNames, linkActors } from '../../src/lib/actor-links';
import { compareMatrix, groupByBriefing, isCompared } from '../../src/graph/compare';
import { buildSiteModel } from '../../src/graph/graph';
import { contentsOrder, readingMinutes, wordCount } from '../../src/lib/reading';
import { actor, briefing, content, recommendation, tag } from '../support/content';

const actors = actorNames([
  actor('kadhimi', 'Mustafa al-Kadhimi', ['al-Kadhimi', 'Kadhimi', 'الكاظمي']),
  actor('iran', 'Iran', ['Tehran']),
  actor('us', 'United States', ['US', 'Washington']),
  actor('muhandis', 'Abu Mahdi al-Muhandis', ['the engineer']),
]);
const href = (id: string) => `/actors/${id}/`;

describe('actor links', () => {
  it('links the first mention of each actor, by its longest name, and no later one', () => {
    const html = '<p>Prime Minister Mustafa al-Kadhimi and Iran. Later al-Kadhimi and Tehran again.</p>';
    expect(linkActors(html, actors, href)).toBe(
      '<p>Prime Minister <a href="/actors/kadhimi/">Mustafa al-Kadhimi</a> and <a href="/actors/iran/">Iran</a>. Later al-Kadhimi and Tehran again.</p>',
    );
  });

  it('keeps whole words and case, skips short and Arabic names and "the …" phrases, and never links inside a link or a tag', () => {
    expect(linkActors('<p>Iranian and iran and US forces</p>', actors, href)).toBe('<p>Iranian and iran and US forces</p>');
    expect(linkActors('<p>the engineer</p>', actors, href)).toBe('<p>the engineer</p>');
    expect(linkActors('<p><a href="/x/">Iran</a> then Iran</p>', actors, href)).toBe('<p><a href="/x/">Iran</a> then <a href="/actors/iran/">Iran</a></p>');
    expect(linkActors('<p title="Iran">Washington’s view</p>', actors, href)).toBe('<p title="Iran"><a href="/actors/us/">Washington</a>’s view</p>');
  });
});

describe('reading aids', () => {
  it('counts words and minutes', () => {
    expect(wordCount('## Heading\n\nThe writer said, “no”. <Recommendations proposer="analyst" /> 600 more')).toBe(6);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
    // 220 words a minute, rounded to the nearest minute.
    expect([readingMinutes(769), readingMinutes(770)]).toEqual([3, 4]);
  });

  it("orders a briefing's contents as its body does", () => {
    const body = 'Intro\n\n<Recommendations proposer="analyst" />\n\n## Other views\n\nText\n\n<Recommendations proposer="report" />\n## Last';
    const headings = [
      { depth: 2, slug: 'other-views', text: 'Other views' },
      { depth: 3, slug: 'deeper', text: 'Deeper' },
      { depth: 2, slug: 'last', text: 'Last' },
    ];
    expect(contentsOrder(body, headings)).toEqual([
      { kind: 'group', proposer: 'analyst' },
      { kind: 'heading', id: 'other-views', text: 'Other views' },
      { kind: 'group', proposer: 'report' },
      { kind: 'heading', id: 'last', text: 'Last' },
    ]);
  });
});

describe('comparison and related recommendations', () => {
  const site = buildSiteModel(
    content({
      // b is the newer, though a sorts first by title: the newest-first order must come from dates.
      briefings: [briefing('a'), briefing('b', { original: { publisher: 'Review', published: { date: '2020-06', basis: 'inferred' }, language: 'English' } })],
      recommendations: [
        recommendation('a-help', 'a', { tags: [{ id: 'money' }, { id: 'sanctions' }], actors: [{ id: 'imf' }, { id: 'iraq' }] }),
        recommendation('a-other', 'a', { order: 2, tags: [{ id: 'allies' }], actors: [{ id: 'iraq' }] }),
        recommendation('b-leverage', 'b', {
          tags: [{ id: 'money' }],
          actors: [{ id: 'iraq' }],
          related: [{ recommendation: { id: 'a-help' }, relation: 'contrasts', note: 'Help versus leverage.' }],
        }),
        recommendation('b-sanction', 'b', { order: 2, tags: [{ id: 'sanctions' }], actors: [{ id: 'imf' }] }),
      ],
      tags: [tag('money', 'Money'), tag('sanctions', 'Sanctions'), tag('allies', 'Allies')],
      actors: [actor('imf', 'IMF'), actor('iraq', 'Iraq')],
    }),
  );

  it("puts each briefing's recommendations on a topic in its column, with the relations of the row", () => {
    const { briefings, rows } = compareMatrix(site);
    expect(briefings.map((b) => b.id)).toEqual(['b', 'a']);
    const money = rows.find((r) => r.tag.id === 'money')!;
    expect(money.cells.map((cell) => cell.map((r) => r.id))).toEqual([['b-leverage'], ['a-help']]);
    expect(money.relations.map((r) => [r.from.id, r.label, r.to.id, r.note])).toEqual([['b-leverage', 'contrasts with', 'a-help', 'Help versus leverage.']]);
    const allies = rows.find((r) => r.tag.id === 'allies')!;
    expect(allies.cells.map((cell) => cell.length)).toEqual([0, 1]);
    expect(allies.relations).toEqual([]);
    expect(groupByBriefing(site.tag('sanctions').recommendations).map(({ briefing: b, recommendations }) => [b.id, recommendations.map((r) => r.id)])).toEqual([
      ['b', ['b-sanction']],
      ['a', ['a-help']],
    ]);
    expect([...site.tag('money').byProposer.counts]).toEqual([
      ['b', 1],
      ['a', 1],
    ]);
  });

  it('sets only the newest briefings side by side when asked for fewer columns', () => {
    const { briefings, total, rows } = compareMatrix(site, 1);
    expect([briefings.map((b) => b.id), total]).toEqual([['b'], 2]);
    expect([isCompared(site, 'b', 1), isCompared(site, 'a', 1), isCompared(site, 'a')]).toEqual([true, false, true]);
    expect(rows.find((r) => r.tag.id === 'money')!.relations).toEqual([]);
    expect(rows.every((row) => row.cells.length === 1)).toBe(true);
  });

  it('ranks the recommendations that share most, rarer actors counting more, after the declared ones', () => {
    expect(site.recommendation('a-help').relations.map((v) => v.otherId)).toEqual(['b-leverage']);
    const also = site.recommendation('a-help').similar;
    expect(also.map((r) => r.recommendation.id)).toEqual(['b-sanction', 'a-other']);
    expect(also[0]?.tags.map((t) => t.id)).toEqual(['sanctions']);
    expect(also[0]?.actors.map((a) => a.id)).toEqual(['imf']);
  });
});
