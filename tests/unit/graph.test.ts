import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/graph/graph';
import { ContentError } from '../../src/model/checks';
import { actor, briefing, content, recommendation, tag } from '../support/content';

const cited = [{ id: 'report', name: 'Atlantic Council report', description: 'd' }];

function sample() {
  return content({
    briefings: [
      briefing(
        'older',
        {
          title: 'Alpha, the older',
          summary: 'Iraq and Iran.',
          original: { publisher: 'P', published: { date: '2020-04', basis: 'stated' }, language: 'English' },
          citedSources: cited,
        },
        'Intro\n<Recommendations proposer="analyst" />',
      ),
      briefing(
        'newer',
        { title: 'Zulu, the newer', original: { publisher: 'P', published: { date: '2020-05-02', basis: 'stated' }, language: 'English' } },
        'Only iraq here.',
      ),
    ],
    recommendations: [
      recommendation('o-cited', 'older', { order: 3, proposer: 'report', tags: [{ id: 'militias' }] }),
      recommendation('o-second', 'older', {
        order: 2,
        actors: [{ id: 'iraq' }],
        related: [{ recommendation: { id: 'n-first' }, relation: 'extends', note: 'Goes further.' }],
      }),
      recommendation('o-first', 'older', { order: 1, actors: [{ id: 'iraq' }], tags: [{ id: 'militias' }, { id: 'sanctions' }] }),
      recommendation('n-first', 'newer'),
    ],
    tags: [tag('sanctions', 'Sanctions'), tag('militias', 'Militias')],
    actors: [actor('iraq', 'Iraq'), actor('iran', 'Iran')],
  });
}

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('site graph', () => {
  const site = buildSiteModel(sample());

  it('orders briefings newest first (not by title) and recommendations by briefing, then position', () => {
    expect(ids(site.briefings)).toEqual(['newer', 'older']);
    expect(ids(site.recommendations)).toEqual(['n-first', 'o-first', 'o-second', 'o-cited']);
    expect(ids(site.tags)).toEqual(['militias', 'sanctions']);
    expect(ids(site.actors)).toEqual(['iran', 'iraq']);
  });

  it('resolves every reference to its node', () => {
    const first = site.recommendation('o-first');
    expect(first.briefing).toBe(site.briefing('older'));
    expect(first.tags).toEqual([site.tag('militias'), site.tag('sanctions')]);
    expect(first.actors).toEqual([site.actor('iraq')]);
    expect(ids(site.briefing('older').recommendations)).toEqual(['o-first', 'o-second', 'o-cited']);
    expect(ids(site.briefing('older').tags)).toEqual(['militias', 'sanctions']);
  });

  it('links neighbours within a briefing only', () => {
    expect(site.recommendation('o-first').previous).toBeUndefined();
    expect(site.recommendation('o-first').next?.id).toBe('o-second');
    expect(site.recommendation('o-cited').previous?.id).toBe('o-second');
    expect(site.recommendation('o-cited').next).toBeUndefined();
    expect(site.recommendation('n-first').previous).toBeUndefined();
    expect(site.recommendation('n-first').next).toBeUndefined();
  });

  it('groups by proposer and finds groups the briefing body does not place', () => {
    const older = site.briefing('older');
    expect(older.proposerGroups.map((g) => [g.proposer, g.name, g.isAnalyst, ids(g.recommendations)])).toEqual([
      ['analyst', 'Analyst of older', true, ['o-first', 'o-second']],
      ['report', 'Atlantic Council report', false, ['o-cited']],
    ]);
    expect(older.unplacedGroups.map((g) => g.proposer)).toEqual(['report']);
    expect(site.recommendation('o-cited').proposerName).toBe('Atlantic Council report');
    expect(site.recommendation('o-first').proposerName).toBe('Analyst of older');
  });

  it('indexes recommendations by tag and by actor, and lists each in proposer order with its counts', () => {
    expect(ids(site.tag('militias').recommendations)).toEqual(['o-first', 'o-cited']);
    expect(ids(site.actor('iraq').recommendations)).toEqual(['o-first', 'o-second']);
    expect(site.actor('iran').recommendations).toEqual([]);
    expect(ids(site.byProposer.recommendations)).toEqual(['n-first', 'o-first', 'o-second', 'o-cited']);
    expect(Object.fromEntries(site.tag('militias').byProposer.counts)).toEqual({ older: 1, 'older--report': 1 });
  });

  it('shows a declared relation on both recommendations, with the other node', () => {
    expect(site.recommendation('o-second').relations.map((r) => [r.label, r.other.id, r.note])).toEqual([['Extends', 'n-first', 'Goes further.']]);
    expect(site.recommendation('n-first').relations.map((r) => [r.label, r.other.id])).toEqual([['Extended by', 'o-second']]);
  });

  it('ranks similar recommendations once, leaving out the declared relations, with what they share', () => {
    const first = site.recommendation('o-first');
    expect(first.similar.map((s) => [s.recommendation.id, ids(s.tags), ids(s.actors)])).toEqual([
      ['o-second', ['sanctions'], ['iraq']],
      ['n-first', ['sanctions'], []],
      ['o-cited', ['militias'], []],
    ]);
    expect(site.recommendation('o-second').similar.map((s) => s.recommendation.id)).not.toContain('n-first');
  });

  it('finds the actors a briefing names in its own text, whole words in any case', () => {
    expect(ids(site.briefing('older').actorsNamed)).toEqual(['iran', 'iraq']);
    expect(ids(site.briefing('newer').actorsNamed)).toEqual(['iraq']);
    expect(ids(site.actor('iran').namedIn)).toEqual(['older']);
  });

  it('lists the former ids of renamed entries as redirects', () => {
    const renamed = buildSiteModel(
      content({
        briefings: [briefing('a', { formerIds: ['old-a'] }), briefing('b')],
        recommendations: [recommendation('a-one', 'a', { formerIds: ['a-1'] }), recommendation('b-one', 'b')],
      }),
    );
    expect(renamed.redirects).toEqual({ briefing: [{ from: 'old-a', to: 'a' }], recommendation: [{ from: 'a-1', to: 'a-one' }] });
  });

  it('says which id is unknown when asked for one', () => {
    expect(() => site.recommendation('nope')).toThrow('Unknown recommendation "nope"');
    expect(() => site.tag('nope')).toThrow('Unknown tag "nope"');
  });

  it('refuses to build a graph from broken content', () => {
    expect(() => buildSiteModel(content({ recommendations: [recommendation('a-one', 'a', { tags: [{ id: 'nope' }] })] }))).toThrow(ContentError);
  });
});
