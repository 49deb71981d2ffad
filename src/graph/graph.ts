/**
 * The site's graph, computed once from the collections: ordering, grouping, lookups and
 * cross-links. Pages read from it and never compute relationships themselves.
 */
import { resolveRelations, type RelationView } from './relations.ts';
import type { ActorData, BriefingData, ContentInput, Entry, RecommendationData, TagData } from '../model/types.ts';
import { assertValidContent, placedProposers } from '../model/checks.ts';
import { ANALYST } from '../model/vocabulary.ts';

export type Briefing = Entry<BriefingData>;
export type Recommendation = Entry<RecommendationData>;
export type Tag = Entry<TagData>;
export type Actor = Entry<ActorData>;

/** The recommendations of one briefing made by one proposer (its analyst, or a report it cites). */
export interface ProposerGroup {
  /** "analyst" or a cited source id. */
  proposer: string;
  /** Who proposes, as readers see it: the analyst's name or the cited report's name. */
  name: string;
  /** True for the briefing's own analyst. */
  isAnalyst: boolean;
  recommendations: Recommendation[];
}

export interface SiteModel {
  /** Newest original first, then by title. */
  briefings: Briefing[];
  /** In briefing order, then in each briefing's order. */
  recommendations: Recommendation[];
  /** By label. */
  tags: Tag[];
  /** By label. */
  actors: Actor[];
  briefing(id: string): Briefing;
  recommendation(id: string): Recommendation;
  tag(id: string): Tag;
  actor(id: string): Actor;
  recommendationsOf(briefingId: string): Recommendation[];
  /** Groups by proposer, analyst first, then cited sources in the order the briefing lists them. */
  proposerGroups(briefingId: string): ProposerGroup[];
  /** Proposers whose groups the briefing body does not place with <Recommendations />: shown after the body. */
  unplacedGroups(briefingId: string): ProposerGroup[];
  /** Who proposes a recommendation, as readers see it. */
  proposerName(rec: Recommendation): string;
  previous(recId: string): Recommendation | undefined;
  next(recId: string): Recommendation | undefined;
  relations(recId: string): RelationView[];
  /**
   * Recommendations that share topics or actors with this one, not already related explicitly,
   * best first: a shared tag counts 2, a shared actor counts the rarer it is.
   */
  alsoRelated(recId: string, limit?: number): { recommendation: Recommendation; tags: Tag[]; actors: Actor[] }[];
  recommendationsWithTag(tagId: string): Recommendation[];
  recommendationsWithActor(actorId: string): Recommendation[];
  tagsOfBriefing(briefingId: string): Tag[];
  /** Former ids of renamed entries, each with the current id its old URL redirects to. */
  redirects(kind: 'briefing' | 'recommendation'): { from: string; to: string }[];
}

const byLabel = <T extends { data: { label: string } }>(a: T, b: T) => a.data.label.localeCompare(b.data.label, 'en');

function lookup<T>(map: Map<string, T>, kind: string) {
  return (id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`Unknown ${kind} "${id}"`);
    return found;
  };
}

export function buildSiteModel(content: ContentInput, contentDir?: string): SiteModel {
  assertValidContent(content, contentDir);

  const briefings = [...content.briefings].sort(
    (a, b) =>
      b.data.original.published.date.localeCompare(a.data.original.published.date) ||
      a.data.title.localeCompare(b.data.title, 'en'),
  );
  const briefingRank = new Map(briefings.map((b, i) => [b.id, i]));
  const recommendations = [...content.recommendations].sort(
    (a, b) =>
      (briefingRank.get(a.data.briefing.id) ?? 0) - (briefingRank.get(b.data.briefing.id) ?? 0) ||
      a.data.order - b.data.order,
  );
  const tags = [...content.tags].sort(byLabel);
  const actors = [...content.actors].sort(byLabel);

  const briefingById = new Map(briefings.map((b) => [b.id, b]));
  const recById = new Map(recommendations.map((r) => [r.id, r]));
  const byBriefing = new Map<string, Recommendation[]>(briefings.map((b) => [b.id, []]));
  for (const rec of recommendations) byBriefing.get(rec.data.briefing.id)?.push(rec);
  const byTag = new Map<string, Recommendation[]>(tags.map((t) => [t.id, []]));
  const byActor = new Map<string, Recommendation[]>(actors.map((a) => [a.id, []]));
  for (const rec of recommendations) {
    for (const t of rec.data.tags) byTag.get(t.id)?.push(rec);
    for (const a of rec.data.actors) byActor.get(a.id)?.push(rec);
  }
  const relations = resolveRelations(recommendations);
  // For ranking related recommendations: positions instead of objects, and one score array reused.
  const recIndex = new Map(recommendations.map((r, i) => [r.id, i]));
  const positions = (index: Map<string, Recommendation[]>) => new Map([...index].map(([key, recs]) => [key, recs.map((r) => recIndex.get(r.id)!)]));
  const tagIndex = positions(byTag);
  const actorIndex = positions(byActor);
  const scores = new Float64Array(recommendations.length);
  const seen = new Uint8Array(recommendations.length);
  const briefing = lookup(briefingById, 'briefing');
  const tag = lookup(new Map(tags.map((t) => [t.id, t])), 'tag');
  const actorById = lookup(new Map(actors.map((a) => [a.id, a])), 'actor');

  const proposerName = (rec: Recommendation) => {
    const b = briefing(rec.data.briefing.id);
    if (rec.data.proposer === ANALYST) return b.data.analyst.name;
    return b.data.citedSources.find((s) => s.id === rec.data.proposer)?.name ?? rec.data.proposer;
  };

  const proposerGroups = (briefingId: string): ProposerGroup[] => {
    const b = briefing(briefingId);
    const recs = byBriefing.get(briefingId) ?? [];
    const proposers = [
      { proposer: ANALYST, name: b.data.analyst.name },
      ...b.data.citedSources.map((s) => ({ proposer: s.id, name: s.name })),
    ];
    return proposers
      .map(({ proposer, name }) => ({
        proposer,
        name,
        isAnalyst: proposer === ANALYST,
        recommendations: recs.filter((r) => r.data.proposer === proposer),
      }))
      .filter((g) => g.recommendations.length > 0);
  };

  const rankings = new Map<string, ReturnType<SiteModel['alsoRelated']>>();
  const rankRelated = (id: string, limit: number): ReturnType<SiteModel['alsoRelated']> => {
    const self = recIndex.get(id);
    if (self === undefined || limit < 1) return [];
    const rec = recommendations[self]!;
    const explicit = new Set((relations.get(id) ?? []).map((v) => v.otherId));
    // Only recommendations that share something are visited, through the tag and actor indexes,
    // scored in a reused array, and only the best `limit` are kept: a broad tag is shared by
    // thousands of recommendations in a large collection, and every page visits them.
    const touched: number[] = [];
    const add = (other: number, points: number) => {
      if (other === self || explicit.has(recommendations[other]!.id)) return;
      if (!seen[other]) {
        seen[other] = 1;
        touched.push(other);
        scores[other] = recommendations[other]!.data.briefing.id !== rec.data.briefing.id ? 0.01 : 0;
      }
      scores[other]! += points;
    };
    for (const { id: tagId } of rec.data.tags) for (const other of tagIndex.get(tagId) ?? []) add(other, 2);
    for (const { id: actorId } of rec.data.actors) {
      const named = actorIndex.get(actorId) ?? [];
      for (const other of named) add(other, 1 / named.length);
    }
    const before = (a: number, b: number) => scores[b]! - scores[a]! || recommendations[a]!.id.localeCompare(recommendations[b]!.id);
    const best: number[] = [];
    for (const other of touched) {
      if (best.length === limit && before(other, best[limit - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && before(other, best[at - 1]!) < 0) at--;
      best.splice(at, 0, other);
      if (best.length > limit) best.pop();
    }
    for (const other of touched) seen[other] = 0;
    return best.map((other) => {
      const recommendation = recommendations[other]!;
      const has = (refs: { id: string }[], wanted: string) => refs.some((ref) => ref.id === wanted);
      return {
        recommendation,
        tags: rec.data.tags.filter((ref) => has(recommendation.data.tags, ref.id)).map((ref) => tag(ref.id)),
        actors: rec.data.actors.filter((ref) => has(recommendation.data.actors, ref.id)).map((ref) => actorById(ref.id)),
      };
    });
  };

  const neighbour = (recId: string, step: number) => {
    const rec = recById.get(recId);
    if (!rec) return undefined;
    const siblings = byBriefing.get(rec.data.briefing.id) ?? [];
    return siblings[siblings.indexOf(rec) + step];
  };

  return {
    briefings,
    recommendations,
    tags,
    actors,
    briefing,
    recommendation: lookup(recById, 'recommendation'),
    tag,
    actor: actorById,
    recommendationsOf: (id) => byBriefing.get(id) ?? [],
    proposerGroups,
    unplacedGroups: (id) => {
      const placed = new Set(placedProposers(briefing(id).body ?? '').map((p) => p.proposer));
      return proposerGroups(id).filter((g) => !placed.has(g.proposer));
    },
    proposerName,
    previous: (id) => neighbour(id, -1),
    next: (id) => neighbour(id, 1),
    relations: (id) => relations.get(id) ?? [],
    // Kept once worked out: a page, its cache key and its briefing's key all ask for the same ranking.
    alsoRelated: (id, limit = 5) => {
      const key = `${id} ${limit}`;
      let ranked = rankings.get(key);
      if (!ranked) rankings.set(key, (ranked = rankRelated(id, limit)));
      return ranked;
    },
    recommendationsWithTag: (id) => byTag.get(id) ?? [],
    recommendationsWithActor: (id) => byActor.get(id) ?? [],
    redirects: (kind) =>
      (kind === 'briefing' ? content.briefings : content.recommendations).flatMap((entry) =>
        entry.data.formerIds.map((from) => ({ from, to: entry.id })),
      ),
    tagsOfBriefing: (id) => {
      const ids = new Set((byBriefing.get(id) ?? []).flatMap((r) => r.data.tags.map((t) => t.id)));
      return tags.filter((t) => ids.has(t.id));
    },
  };
}
