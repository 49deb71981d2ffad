/**
 * The comparison of briefings topic by topic (which recommendations each makes, and how they
 * relate), and the grouping of long lists by briefing and by proposer.
 */
import type { Briefing, Recommendation, SiteModel, Tag } from './graph.ts';
import { ANALYST } from '../model/vocabulary.ts';
import { COMPARE_BRIEFINGS } from '../site.config.ts';

export interface CompareRow {
  tag: Tag;
  /** One cell per briefing, in the order of `briefings`. */
  cells: Recommendation[][];
  /** Declared relations between two recommendations of this row, each once. */
  relations: { from: Recommendation; to: Recommendation; label: string; note: string }[];
}

/** Whether /compare/ shows this briefing: it sets the newest COMPARE_BRIEFINGS side by side. */
export function isCompared(site: SiteModel, briefingId: string, limit = COMPARE_BRIEFINGS): boolean {
  return site.briefings.slice(0, limit).some((b) => b.id === briefingId);
}

/** The newest `limit` briefings (site.briefings is newest first), topic by topic. */
export function compareMatrix(site: SiteModel, limit = COMPARE_BRIEFINGS): { briefings: Briefing[]; total: number; rows: CompareRow[] } {
  const briefings = site.briefings.slice(0, limit);
  const shown = new Set(briefings.map((b) => b.id));
  const rows = site.tags
    .map((tag) => {
      const recs = site.recommendationsWithTag(tag.id).filter((r) => shown.has(r.data.briefing.id));
      const inRow = new Set(recs.map((r) => r.id));
      const relations = recs.flatMap((rec) =>
        site
          .relations(rec.id)
          .filter((view) => !view.incoming && inRow.has(view.otherId))
          .map((view) => ({ from: rec, to: site.recommendation(view.otherId), label: view.label.toLowerCase(), note: view.note })),
      );
      return { tag, cells: briefings.map((b) => recs.filter((r) => r.data.briefing.id === b.id)), relations };
    })
    .filter((row) => row.cells.some((cell) => cell.length > 0));
  return { briefings, total: site.briefings.length, rows };
}

/**
 * A page of a list grouped by briefing. Lists are in briefing order, so a group is a run of
 * neighbours: the work is the page's size, not the site's.
 */
export function groupByBriefing(site: SiteModel, recs: readonly Recommendation[]): { briefing: Briefing; recommendations: Recommendation[] }[] {
  const groups: { briefing: Briefing; recommendations: Recommendation[] }[] = [];
  for (const rec of recs) {
    const last = groups.at(-1);
    if (last?.briefing.id === rec.data.briefing.id) last.recommendations.push(rec);
    else groups.push({ briefing: site.briefing(rec.data.briefing.id), recommendations: [rec] });
  }
  return groups;
}

/** One proposer's recommendations in a list, with the briefing that reports them. */
export interface ListGroup {
  briefing: Briefing;
  /** "analyst" or a cited source id. */
  proposer: string;
  /** Who proposes, as readers see it. */
  name: string;
  isAnalyst: boolean;
  /** Unique within a list (ids are single-hyphenated, so "--" cannot occur in one): anchors and counts. */
  key: string;
  recommendations: Recommendation[];
}

const groupKey = (briefingId: string, proposer: string) => (proposer === ANALYST ? briefingId : `${briefingId}--${proposer}`);

/**
 * A page of a list grouped by who proposes each recommendation, within its briefing: the analyst
 * first, then cited sources in the order the briefing lists them, as on the briefing's own page.
 * A cited report's proposals are never counted as the analyst's.
 */
export function groupByProposer(site: SiteModel, recs: readonly Recommendation[]): ListGroup[] {
  return groupByBriefing(site, recs).flatMap(({ briefing, recommendations }) => {
    const rank = (proposer: string) => (proposer === ANALYST ? -1 : briefing.data.citedSources.findIndex((s) => s.id === proposer));
    const groups = new Map<string, ListGroup>();
    for (const rec of recommendations) {
      const { proposer } = rec.data;
      let group = groups.get(proposer);
      if (!group) {
        const key = groupKey(briefing.id, proposer);
        groups.set(proposer, (group = { briefing, proposer, name: site.proposerName(rec), isAnalyst: proposer === ANALYST, key, recommendations: [] }));
      }
      group.recommendations.push(rec);
    }
    return [...groups.values()].sort((a, b) => rank(a.proposer) - rank(b.proposer));
  });
}

const ordered = new WeakMap<readonly Recommendation[], Recommendation[]>();

/**
 * A whole list in the order its pages show it, one proposer's group after another: paginating
 * this, the pages together read as the one-page list does, even when a briefing interleaves
 * proposers in its numbering.
 */
export function inProposerOrder(site: SiteModel, list: readonly Recommendation[]): Recommendation[] {
  let result = ordered.get(list);
  if (!result) ordered.set(list, (result = groupByProposer(site, list).flatMap((g) => g.recommendations)));
  return result;
}

const counted = new WeakMap<readonly Recommendation[], Map<string, number>>();

/** How many of a whole list's recommendations each proposer of each briefing makes, by ListGroup key, counted once per list. */
export function countsByProposer(list: readonly Recommendation[]): Map<string, number> {
  let counts = counted.get(list);
  if (!counts) {
    counts = new Map();
    for (const rec of list) {
      const key = groupKey(rec.data.briefing.id, rec.data.proposer);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    counted.set(list, counts);
  }
  return counts;
}
