/** The comparison of briefings topic by topic: which recommendations each makes, and how they relate. */
import type { Briefing, Recommendation, SiteModel, Tag } from './model.ts';

export interface CompareRow {
  tag: Tag;
  /** One cell per briefing, in the order of `briefings`. */
  cells: Recommendation[][];
  /** Declared relations between two recommendations of this row, each once. */
  relations: { from: Recommendation; to: Recommendation; label: string; note: string }[];
}

export function compareMatrix(site: SiteModel): { briefings: Briefing[]; rows: CompareRow[] } {
  const briefings = site.briefings;
  const rows = site.tags
    .map((tag) => {
      const recs = site.recommendationsWithTag(tag.id);
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
  return { briefings, rows };
}

/** How many recommendations of each briefing are in a list, for tag and actor pages. */
export function countsByBriefing(site: SiteModel, recs: Recommendation[]): { briefing: Briefing; count: number }[] {
  return site.briefings
    .map((briefing) => ({ briefing, count: recs.filter((r) => r.data.briefing.id === briefing.id).length }))
    .filter((entry) => entry.count > 0);
}
