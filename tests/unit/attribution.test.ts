/**
 * Lists group and count recommendations by who proposes them, within the briefing that reports
 * them: a cited report's proposals are never the analyst's (issue 14, item 5).
 */
import { describe, expect, it } from 'vitest';
import { groupByProposer } from '../../src/graph/compare';
import { buildSiteModel } from '../../src/graph/graph';
import { paginate } from '../../src/lib/pagination';
import { briefing, content, recommendation } from '../support/content';

const published = (date: string) => ({ publisher: 'P', published: { date, basis: 'stated' as const }, language: 'English' });

// Briefing "new" numbers its proposers interleaved, and lists "other" before "report".
const site = buildSiteModel(
  content({
    briefings: [
      briefing('new', {
        original: published('2020-06'),
        citedSources: [
          { id: 'other', name: 'Other report', description: 'd' },
          { id: 'report', name: 'Atlantic Council report', description: 'd' },
        ],
      }),
      briefing('old', { original: published('2020-05'), citedSources: [{ id: 'report', name: 'Old report', description: 'd' }] }),
    ],
    recommendations: [
      recommendation('n-1', 'new', { order: 1 }),
      recommendation('n-2', 'new', { order: 2, proposer: 'report' }),
      recommendation('n-3', 'new', { order: 3 }),
      recommendation('n-4', 'new', { order: 4, proposer: 'other' }),
      recommendation('n-5', 'new', { order: 5, proposer: 'report' }),
      recommendation('o-1', 'old', { order: 1, proposer: 'report' }),
      recommendation('o-2', 'old', { order: 2 }),
    ],
  }),
);

const view = (groups: ReturnType<typeof groupByProposer>) => groups.map((g) => [g.key, g.briefing.id, g.name, g.isAnalyst, g.recommendations.map((r) => r.id)]);

describe('lists grouped by proposer', () => {
  it("groups each briefing's recommendations by proposer: the analyst first, then cited sources as the briefing lists them", () => {
    expect(site.recommendations.map((r) => r.id)).toEqual(['n-1', 'n-2', 'n-3', 'n-4', 'n-5', 'o-1', 'o-2']);
    expect(view(groupByProposer(site.recommendations))).toEqual([
      ['new', 'new', 'Analyst of new', true, ['n-1', 'n-3']],
      ['new--other', 'new', 'Other report', false, ['n-4']],
      ['new--report', 'new', 'Atlantic Council report', false, ['n-2', 'n-5']],
      ['old', 'old', 'Analyst of old', true, ['o-2']],
      ['old--report', 'old', 'Old report', false, ['o-1']],
    ]);
  });

  it("gives a list made only of a cited report's proposals no analyst group at all", () => {
    const cited = site.recommendations.filter((r) => r.data.proposer === 'report');
    expect(view(groupByProposer(cited))).toEqual([
      ['new--report', 'new', 'Atlantic Council report', false, ['n-2', 'n-5']],
      ['old--report', 'old', 'Old report', false, ['o-1']],
    ]);
    expect(groupByProposer([])).toEqual([]);
  });

  it("counts a whole list by proposer within each briefing, never a cited report's under the analyst", () => {
    expect(Object.fromEntries(site.byProposer.counts)).toEqual({ new: 2, 'new--report': 2, 'new--other': 1, 'old--report': 1, old: 1 });
  });

  it('orders a whole list group by group, so its pages together read as the one-page list, each group once per page', () => {
    const ordered = site.byProposer.recommendations;
    expect(ordered.map((r) => r.id)).toEqual(['n-1', 'n-3', 'n-4', 'n-2', 'n-5', 'o-2', 'o-1']);
    const whole = groupByProposer(ordered).flatMap((g) => g.recommendations.map((r) => r.id));
    for (const size of [1, 2, 3, 4]) {
      const pages = paginate(ordered, size, '/recommendations/').map((page) => groupByProposer(page.items));
      expect(
        pages.flatMap((groups) => groups.flatMap((g) => g.recommendations.map((r) => r.id))),
        `pages of ${size}`,
      ).toEqual(whole);
      for (const groups of pages) expect(new Set(groups.map((g) => g.key)).size, `pages of ${size}`).toBe(groups.length);
    }
  });
});
