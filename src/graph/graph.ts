/**
 * The site's graph, resolved once from the collections: every node holds what pages show about it
 * (its briefing, tags, actors, proposer, neighbours, relations, similar recommendations), so pages
 * read nodes and never resolve a reference or compute a relationship themselves.
 */
import { resolveRelations, type RelationView } from './relations.ts';
import { rankSimilar } from './similar.ts';
import { groupByProposer, groupKey } from './compare.ts';
import type { Actor, Briefing, ContentInput, Recommendation, Tag } from '../model/types.ts';
import { assertValidContent, placedProposers } from '../model/checks.ts';
import { ANALYST } from '../model/vocabulary.ts';
import { actorNames, type ActorNames } from '../lib/actor-links.ts';
import { briefingsNaming } from '../lib/search.ts';

/** How many similar recommendations a recommendation's page shows. */
export const SIMILAR_LIMIT = 5;

/** The recommendations of one briefing made by one proposer (its analyst, or a report it cites). */
export interface ProposerGroup {
  /** "analyst" or a cited source id. */
  proposer: string;
  /** Who proposes, as readers see it: the analyst's name or the cited report's name. */
  name: string;
  /** True for the briefing's own analyst. */
  isAnalyst: boolean;
  recommendations: RecommendationNode[];
}

export interface BriefingNode extends Briefing {
  /** In the briefing's order. */
  recommendations: RecommendationNode[];
  /** Analyst first, then cited sources in the order the briefing lists them; only proposers with recommendations. */
  proposerGroups: ProposerGroup[];
  /** Groups the body does not place with <Recommendations />: shown after the body. */
  unplacedGroups: ProposerGroup[];
  /** The tags of its recommendations, by label. */
  tags: TagNode[];
  /** Actors its own summary or narrative names (no editor lists them), by label. */
  actorsNamed: ActorNode[];
}

/** A declared relation as one recommendation's page shows it, with the other recommendation. */
export interface RelationNode extends RelationView {
  other: RecommendationNode;
}

/** A recommendation that shares topics or actors with another, and which ones. */
export interface SimilarNode {
  recommendation: RecommendationNode;
  /** The shared tags and actors, in the order the first recommendation lists them. */
  tags: TagNode[];
  actors: ActorNode[];
}

export interface RecommendationNode extends Recommendation {
  briefing: BriefingNode;
  /** In the order the entry lists them. */
  tags: TagNode[];
  actors: ActorNode[];
  /** Who proposes it, as readers see it: the analyst's name or the cited report's name. */
  proposerName: string;
  /** Its neighbours within its briefing. */
  previous: RecommendationNode | undefined;
  next: RecommendationNode | undefined;
  /** Declared in either file: its own first, then incoming, in declaration order. */
  relations: RelationNode[];
  /** Best first (src/graph/similar.ts), none of them a declared relation. */
  similar: SimilarNode[];
}

/** A long list as its pages show it: by briefing, then by proposer within each briefing. */
export interface GroupedList {
  /** One proposer's group after another, so that its pages together read as the one-page list. */
  recommendations: RecommendationNode[];
  /** How many of the whole list's recommendations each group holds, by ListGroup key. */
  counts: ReadonlyMap<string, number>;
}

export interface TagNode extends Tag {
  /** In site order. */
  recommendations: RecommendationNode[];
  byProposer: GroupedList;
}

export interface ActorNode extends Actor {
  /** In site order. */
  recommendations: RecommendationNode[];
  byProposer: GroupedList;
  /** Briefings whose own summary or narrative names the actor, in site order. */
  namedIn: BriefingNode[];
}

/** A former id of a renamed entry, and the current id its old URL redirects to. */
export interface Redirect {
  from: string;
  to: string;
}

export interface SiteModel {
  /** Newest original first, then by title. */
  briefings: BriefingNode[];
  /** In briefing order, then in each briefing's order. */
  recommendations: RecommendationNode[];
  /** By label. */
  tags: TagNode[];
  /** By label. */
  actors: ActorNode[];
  /** Every recommendation, as the list of all of them shows it. */
  byProposer: GroupedList;
  redirects: { briefing: Redirect[]; recommendation: Redirect[] };
  /** The actors' names as links find them in rendered text, compiled once. */
  actorNames: ActorNames;
  /** Lookups by id (route parameters); an unknown id throws. */
  briefing(id: string): BriefingNode;
  recommendation(id: string): RecommendationNode;
  tag(id: string): TagNode;
  actor(id: string): ActorNode;
}

const byLabel = <T extends { data: { label: string } }>(a: T, b: T) => a.data.label.localeCompare(b.data.label, 'en');

/** The entry behind a node, without its links: what cache keys hash. */
export const entryOf = <D>({ id, data, filePath, body }: { id: string; data: D; filePath?: string | undefined; body?: string | undefined }) => ({
  id,
  data,
  filePath,
  body,
});

/** The node with this id; an id without one is a bug in the caller, not in the content (checked before). */
function find<T>(nodes: ReadonlyMap<string, T>, kind: string, id: string): T {
  const node = nodes.get(id);
  if (!node) throw new Error(`Unknown ${kind} "${id}"`);
  return node;
}

/** The analyst first, then cited sources in the order the briefing lists them; proposers with none left out. */
function proposerGroupsOf(briefing: BriefingNode): ProposerGroup[] {
  const proposers = [{ proposer: ANALYST, name: briefing.data.analyst.name }, ...briefing.data.citedSources.map((s) => ({ proposer: s.id, name: s.name }))];
  return proposers
    .map(({ proposer, name }) => ({
      proposer,
      name,
      isAnalyst: proposer === ANALYST,
      recommendations: briefing.recommendations.filter((r) => r.data.proposer === proposer),
    }))
    .filter((g) => g.recommendations.length > 0);
}

function groupedList(recommendations: RecommendationNode[]): GroupedList {
  const counts = new Map<string, number>();
  for (const rec of recommendations) {
    const key = groupKey(rec.briefing.id, rec.data.proposer);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { recommendations: groupByProposer(recommendations).flatMap((g) => g.recommendations), counts };
}

export function buildSiteModel(content: ContentInput, contentDir?: string): SiteModel {
  assertValidContent(content, contentDir);

  const briefingEntries = [...content.briefings].sort(
    (a, b) => b.data.original.published.date.localeCompare(a.data.original.published.date) || a.data.title.localeCompare(b.data.title, 'en'),
  );
  const briefingRank = new Map(briefingEntries.map((b, i) => [b.id, i]));
  const recommendationEntries = [...content.recommendations].sort(
    (a, b) => (briefingRank.get(a.data.briefing.id) ?? 0) - (briefingRank.get(b.data.briefing.id) ?? 0) || a.data.order - b.data.order,
  );

  // Nodes first, links after: every node exists before any points at it.
  const tags: TagNode[] = [...content.tags].sort(byLabel).map((t) => ({ ...entryOf(t), recommendations: [], byProposer: groupedList([]) }));
  const actors: ActorNode[] = [...content.actors].sort(byLabel).map((a) => ({ ...entryOf(a), recommendations: [], byProposer: groupedList([]), namedIn: [] }));
  const briefings: BriefingNode[] = briefingEntries.map((b) => ({
    ...entryOf(b),
    recommendations: [],
    proposerGroups: [],
    unplacedGroups: [],
    tags: [],
    actorsNamed: [],
  }));
  const tagById = new Map(tags.map((t) => [t.id, t]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const briefingById = new Map(briefings.map((b) => [b.id, b]));

  const recommendations: RecommendationNode[] = recommendationEntries.map((r) => {
    const briefing = find(briefingById, 'briefing', r.data.briefing.id);
    const cited = briefing.data.citedSources.find((s) => s.id === r.data.proposer);
    return {
      ...entryOf(r),
      briefing,
      tags: r.data.tags.map((ref) => find(tagById, 'tag', ref.id)),
      actors: r.data.actors.map((ref) => find(actorById, 'actor', ref.id)),
      proposerName: r.data.proposer === ANALYST ? briefing.data.analyst.name : (cited?.name ?? r.data.proposer),
      previous: undefined,
      next: undefined,
      relations: [],
      similar: [],
    };
  });
  const recById = new Map(recommendations.map((r) => [r.id, r]));

  for (const rec of recommendations) {
    const siblings = rec.briefing.recommendations;
    rec.previous = siblings.at(-1);
    if (rec.previous) rec.previous.next = rec;
    siblings.push(rec);
    for (const tag of rec.tags) tag.recommendations.push(rec);
    for (const actor of rec.actors) actor.recommendations.push(rec);
  }

  for (const briefing of briefings) {
    briefing.proposerGroups = proposerGroupsOf(briefing);
    const placed = new Set(placedProposers(briefing.body ?? '').map((p) => p.proposer));
    briefing.unplacedGroups = briefing.proposerGroups.filter((g) => !placed.has(g.proposer));
    const tagged = new Set(briefing.recommendations.flatMap((r) => r.tags));
    briefing.tags = tags.filter((t) => tagged.has(t));
  }

  for (const tag of tags) tag.byProposer = groupedList(tag.recommendations);
  for (const actor of actors) {
    actor.byProposer = groupedList(actor.recommendations);
    actor.namedIn = briefingsNaming(briefings, actor);
    for (const briefing of actor.namedIn) briefing.actorsNamed.push(actor);
  }

  const views = resolveRelations(recommendations);
  const withTag = new Map(tags.map((t) => [t.id, t.recommendations]));
  const withActor = new Map(actors.map((a) => [a.id, a.recommendations]));
  for (const rec of recommendations) {
    rec.relations = (views.get(rec.id) ?? []).map((view) => ({ ...view, other: find(recById, 'recommendation', view.otherId) }));
    const declared = new Set(rec.relations.map((r) => r.otherId));
    rec.similar = rankSimilar(rec, withTag, withActor, declared, SIMILAR_LIMIT).map(({ recommendation: other }) => ({
      recommendation: other,
      tags: rec.tags.filter((t) => other.tags.includes(t)),
      actors: rec.actors.filter((a) => other.actors.includes(a)),
    }));
  }

  const redirects = (entries: { id: string; data: { formerIds: string[] } }[]) =>
    entries.flatMap((entry) => entry.data.formerIds.map((from) => ({ from, to: entry.id })));

  return {
    briefings,
    recommendations,
    tags,
    actors,
    byProposer: groupedList(recommendations),
    redirects: { briefing: redirects(content.briefings), recommendation: redirects(content.recommendations) },
    actorNames: actorNames(actors),
    briefing: (id) => find(briefingById, 'briefing', id),
    recommendation: (id) => find(recById, 'recommendation', id),
    tag: (id) => find(tagById, 'tag', id),
    actor: (id) => find(actorById, 'actor', id),
  };
}
