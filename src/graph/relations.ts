import type { Relation } from '../model/vocabulary.ts';
import type { Entry, RecommendationData } from '../model/types.ts';
import { t, type UiKey } from '../i18n/index.ts';

/** A relation as seen from one recommendation's page. */
export interface RelationView {
  /** The other recommendation's id. */
  otherId: string;
  relation: Relation;
  /** True when the other recommendation declared the relation (it points at this one). */
  incoming: boolean;
  /** The phrase a reader sees, from this recommendation's side: "Agrees with", "Extended by", ... */
  label: string;
  note: string;
}

/** The reader's phrase for each side of a relation: symmetric ones read the same both ways. */
const LABELS: Record<Relation, { outgoing: UiKey; incoming: UiKey }> = {
  agrees: { outgoing: 'relation.agrees', incoming: 'relation.agrees' },
  contrasts: { outgoing: 'relation.contrasts', incoming: 'relation.contrasts' },
  extends: { outgoing: 'relation.extends', incoming: 'relation.extendedBy' },
};

export function relationLabel(relation: Relation, incoming: boolean): string {
  return t(incoming ? LABELS[relation].incoming : LABELS[relation].outgoing);
}

/**
 * A relation is declared once, in one of the two files; both pages show it.
 * Returns, for every recommendation id, its relations in declaration order (own first, then incoming).
 */
export function resolveRelations(recommendations: Entry<Pick<RecommendationData, 'related'>>[]): Map<string, RelationView[]> {
  const views = new Map<string, RelationView[]>(recommendations.map((r) => [r.id, []]));
  const incoming = new Map<string, RelationView[]>(recommendations.map((r) => [r.id, []]));
  for (const rec of recommendations) {
    for (const { recommendation, relation, note } of rec.data.related) {
      views.get(rec.id)?.push({ otherId: recommendation.id, relation, incoming: false, label: relationLabel(relation, false), note });
      incoming.get(recommendation.id)?.push({ otherId: rec.id, relation, incoming: true, label: relationLabel(relation, true), note });
    }
  }
  for (const [id, list] of incoming) views.get(id)?.push(...list);
  return views;
}

/** An unordered key for a pair, so A→B and B→A are recognised as the same relation. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
