/**
 * The comparison of briefings topic by topic (which recommendations each makes, and how they
 * relate), and the grouping of long lists by briefing and by proposer: pure functions over nodes.
 */
import type { BriefingNode, RecommendationNode, SiteModel, TagNode } from './graph.ts';
import { ANALYST } from '../model/vocabulary.ts';
import { COMPARE_BRIEFINGS } from '../site.config.ts';

export interface CompareRow {
  tag: TagNode;
  /** One cell per briefing, in the order of `briefings`. */
  cells: RecommendationNode[][];
  /** Declared relations between two recommendations of this row, each once. */
  relations: { from: RecommendationNode; to: RecommendationNode; label: string; note: string }[];
}

/** Whether /compare/ shows this briefing: it sets the newest COMPARE_BRIEFINGS side by side. */
export function isCompared(site: SiteModel, briefingId: string, limit = COMPARE_BRIEFINGS): boolean {
  return site.briefings.slice(0, limit).some((b) => b.id === briefingId);
}

/** The newest `limit` briefings (site.briefings is newest first), topic by topic. */
export function compareMatrix(site: SiteModel, limit = COMPARE_BRIEFINGS): { briefings: BriefingNode[]; total: number; rows: CompareRow[] } {
  const briefings = site.briefings.slice(0, limit);
  const shown = new Set(briefings);
  const rows = site.tags
    .map((tag) => {
      const recs = tag.recommendations.filter((r) => shown.has(r.briefing));
      const inRow = new Set(recs);
      const relations = recs.flatMap((rec) =>
        rec.relations
          .filter((view) => !view.incoming && inRow.has(view.other))
          .map((view) => ({ from: rec, to: view.other, label: view.label.toLowerCase(), note: view.note })),
      );
      return { tag, cells: briefings.map((b) => recs.filter((r) => r.briefing === b)), relations };
    })
    .filter((row) => row.cells.some((cell) => cell.length > 0));
  return { briefings, total: site.briefings.length, rows };
}

/**
 * A page of a list grouped by briefing. Lists are in briefing order, so a group is a run of
 * neighbours: the work is the page's size, not the site's.
 */
export function groupByBriefing(recs: readonly RecommendationNode[]): { briefing: BriefingNode; recommendations: RecommendationNode[] }[] {
  const groups: { briefing: BriefingNode; recommendations: RecommendationNode[] }[] = [];
  for (const rec of recs) {
    const last = groups.at(-1);
    if (last?.briefing === rec.briefing) last.recommendations.push(rec);
    else groups.push({ briefing: rec.briefing, recommendations: [rec] });
  }
  return groups;
}

/** One proposer's recommendations in a list, with the briefing that reports them. */
export interface ListGroup {
  briefing: BriefingNode;
  /** "analyst" or a cited source id. */
  proposer: string;
  /** Who proposes, as readers see it. */
  name: string;
  isAnalyst: boolean;
  /** Unique within a list (ids are single-hyphenated, so "--" cannot occur in one): anchors and counts. */
  key: string;
  recommendations: RecommendationNode[];
}

export const groupKey = (briefingId: string, proposer: string) => (proposer === ANALYST ? briefingId : `${briefingId}--${proposer}`);

/**
 * A page of a list grouped by who proposes each recommendation, within its briefing: the analyst
 * first, then cited sources in the order the briefing lists them, as on the briefing's own page.
 * A cited report's proposals are never counted as the analyst's.
 */
export function groupByProposer(recs: readonly RecommendationNode[]): ListGroup[] {
  return groupByBriefing(recs).flatMap(({ briefing, recommendations }) => {
    const rank = (proposer: string) => (proposer === ANALYST ? -1 : briefing.data.citedSources.findIndex((s) => s.id === proposer));
    const groups = new Map<string, ListGroup>();
    for (const rec of recommendations) {
      const { proposer } = rec.data;
      let group = groups.get(proposer);
      if (!group) {
        const key = groupKey(briefing.id, proposer);
        groups.set(proposer, (group = { briefing, proposer, name: rec.proposerName, isAnalyst: proposer === ANALYST, key, recommendations: [] }));
      }
      group.recommendations.push(rec);
    }
    return [...groups.values()].sort((a, b) => rank(a.proposer) - rank(b.proposer));
  });
}
