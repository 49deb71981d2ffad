/**
 * Cache keys for Astro's incremental build: a briefing or recommendation page is rendered again
 * only when its key (or its code, or the MDX it renders) changed. A key is a hash of everything
 * the page shows, taken generously: the entry, its briefing and sibling recommendations, the
 * entries a recommendation page links to, and the whole tag and actor vocabulary (actor links come
 * from every alias), with the settings that change what pages print.
 * tests/build/incremental.test.ts checks that a rebuild after edits equals a clean build.
 */
import { createHash } from 'node:crypto';
import { isCompared } from './compare.ts';
import { entryOf, type BriefingNode, type RecommendationNode, type SiteModel } from './graph.ts';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/** What every briefing and recommendation page depends on: the settings and the tags and actors. Hash it once per build. */
export function sharedPageKey(site: SiteModel, settings: unknown): string {
  return hash([settings, site.tags.map(entryOf), site.actors.map(entryOf)]);
}

/** A recommendation as it appears in someone else's page: its entry and its briefing's entry. */
const shown = (rec: RecommendationNode) => [entryOf(rec), rec.briefing.data];

export function recommendationPageKey(rec: RecommendationNode, shared: string): string {
  const siblings = rec.briefing.recommendations.map((r) => [r.id, r.data.title]);
  const links = [rec.relations.map(({ other, ...view }) => [view, shown(other)]), rec.similar.map((similar) => shown(similar.recommendation))];
  return hash([shared, entryOf(rec), rec.briefing.data, siblings, links]);
}

/** A briefing page shows its recommendations but not their links to others. */
export function briefingPageKey(site: SiteModel, briefing: BriefingNode, shared: string): string {
  return hash([shared, entryOf(briefing), briefing.recommendations.map(entryOf), isCompared(site, briefing.id)]);
}
