import { countRecommendations, t } from '../i18n/index.ts';
import type { ProposerGroup } from '../graph/graph.ts';

/** What the count reads of the graph's proposer groups. */
type Group = Pick<ProposerGroup, 'name' | 'isAnalyst'> & { recommendations: readonly unknown[] };

/**
 * How many recommendations a briefing has and whose they are, e.g. "8 recommendations: 6 by Ranj
 * Alaaldin, 2 from the Atlantic Council report": a title's "six options" must not read as a miscount.
 */
export function describeRecommendationCount(groups: readonly Group[]): string {
  const total = countRecommendations(groups.reduce((n, g) => n + g.recommendations.length, 0));
  if (groups.length > 1) {
    const parts = groups.map((g) => t(g.isAnalyst ? 'count.partAnalyst' : 'count.partCited', { count: g.recommendations.length, name: g.name }));
    return t('count.byProposer', { count: total, parts: parts.join(', ') });
  }
  const only = groups[0];
  return only && !only.isAnalyst ? t('count.onlyCited', { count: total, name: only.name }) : total;
}
