/** The comparison of briefings topic by topic: which recommendations each makes, and how they relate. */
import type { Briefing, Recommendation, SiteModel, Tag } from './model.ts';

export interface CompareRow {
  tag: Tag;
  /** One cell per briefing, in the order of `briefings`. */
  cells: Recommendation[][];
  /** Declared relations between two recommendations of this row, each once. */
  relations: { from: Recommendation; to: Recommendation; label: string; note: string }[];
}

/** The newest `limit` briefings (site.briefings is newest first), topic by topic. */
export function compareMatrix(site: SiteModel, limit = Infinity): { briefings: Briefing[]; total: number; rows: CompareRow[] } {
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

/** A list's recommendations grouped by briefing, in the briefings' order, for list pages. */
export function groupByBriefing(site: SiteModel, recs: readonly Recommendation[]): { briefing: Briefing; recommendations: Recommendation[] }[] {
  const groups = new Map<string, Recommendation[]>();
  for (const rec of recs) {
    const id = rec.data.briefing.id;
    groups.set(id, [...(groups.get(id) ?? []), rec]);
  }
  return site.briefings.filter((b) => groups.has(b.id)).map((briefing) => ({ briefing, recommendations: groups.get(briefing.id)! }));
}
