/** The comparison of briefings topic by topic: which recommendations each makes, and how they relate. */
import type { Briefing, Recommendation, SiteModel, Tag } from './model.ts';
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

const counted = new WeakMap<readonly Recommendation[], Map<string, number>>();

/** How many of a whole list's recommendations come from each briefing, counted once per list. */
export function countsByBriefing(list: readonly Recommendation[]): Map<string, number> {
  let counts = counted.get(list);
  if (!counts) {
    counts = new Map();
    for (const rec of list) counts.set(rec.data.briefing.id, (counts.get(rec.data.briefing.id) ?? 0) + 1);
    counted.set(list, counts);
  }
  return counts;
}
