import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../src/graph/graph';
import { ContentError } from '../../src/model/checks';
import { actor, briefing, content, recommendation, tag } from '../support/content';

const cited = [{ id: 'report', name: 'Atlantic Council report', description: 'd' }];

function sample() {
  return content({
    briefings: [
      briefing('older', { title: 'Alpha, the older',  original: { publisher: 'P', published: { date: '2020-04', basis: 'stated' }, language: 'English' }, citedSources: cited }, 'Intro\n<Recommendations proposer="analyst" />'),
      briefing('newer', { title: 'Zulu, the newer', original: { publisher: 'P', published: { date: '2020-05-02', basis: 'stated' }, language: 'English' } }),
    ],
    recommendations: [
      recommendation('o-cited', 'older', { order: 3, proposer: 'report', tags: [{ id: 'militias' }] }),
      recommendation('o-second', 'older', { order: 2, actors: [{ id: 'iraq' }] }),
      recommendation('o-first', 'older', { order: 1, actors: [{ id: 'iraq' }], tags: [{ id: 'militias' }, { id: 'sanctions' }] }),
      recommendation('n-first', 'newer'),
    ],
    tags: [tag('sanctions', 'Sanctions'), tag('militias', 'Militias')],
    actors: [actor('iraq', 'Iraq'), actor('iran', 'Iran')],
  });
}

describe('site model', () => {
  it('orders briefings newest first (not by title) and recommendations by briefing, then position', () => {
    const site = buildSiteModel(sample());
    expect(site.briefings.map((b) => b.id)).toEqual(['newer', 'older']);
    expect(site.recommendations.map((r) => r.id)).toEqual(['n-first', 'o-first', 'o-second', 'o-cited']);
    expect(site.tags.map((t) => t.id)).toEqual(['militias', 'sanctions']);
  });

  it('links neighbours within a briefing only', () => {
    const site = buildSiteModel(sample());
    expect(site.previous('o-first')).toBeUndefined();
    expect(site.next('o-first')?.id).toBe('o-second');
    expect(site.previous('o-cited')?.id).toBe('o-second');
    expect(site.next('o-cited')).toBeUndefined();
    expect(site.next('n-first')).toBeUndefined();
  });

  it('groups by proposer and finds groups the briefing body does not place', () => {
    const site = buildSiteModel(sample());
    const groups = site.proposerGroups('older');
    expect(groups.map((g) => [g.proposer, g.name, g.isAnalyst, g.recommendations.map((r) => r.id)])).toEqual([
      ['analyst', 'Analyst of older', true, ['o-first', 'o-second']],
      ['report', 'Atlantic Council report', false, ['o-cited']],
    ]);
    expect(site.unplacedGroups('older').map((g) => g.proposer)).toEqual(['report']);
    expect(site.proposerName(site.recommendation('o-cited'))).toBe('Atlantic Council report');
    expect(site.proposerName(site.recommendation('o-first'))).toBe('Analyst of older');
  });

  it('indexes recommendations by tag and by actor', () => {
    const site = buildSiteModel(sample());
    expect(site.recommendationsWithTag('militias').map((r) => r.id)).toEqual(['o-first', 'o-cited']);
    expect(site.recommendationsWithActor('iraq').map((r) => r.id)).toEqual(['o-first', 'o-second']);
    expect(site.recommendationsWithActor('iran')).toEqual([]);
    expect(site.tagsOfBriefing('older').map((t) => t.id)).toEqual(['militias', 'sanctions']);
  });

  it('refuses to build a model from broken content', () => {
    expect(() => buildSiteModel(content({ recommendations: [recommendation('a-one', 'a', { tags: [{ id: 'nope' }] })] }))).toThrow(ContentError);
  });
});
