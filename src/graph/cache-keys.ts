/**
 * Cache keys for Astro's incremental build: a briefing or recommendation page is rendered again
 * only when its key (or its code, or the MDX it renders) changed. A key is a hash of everything
 * the page shows, taken generously: the entry, its briefing and sibling recommendations, the
 * entries a recommendation page links to, and the whole tag and actor vocabulary (actor links come
 * from every alias).
 * tests/build/incremental.test.ts checks that a rebuild after edits equals a clean build.
 */
import { createHash } from 'node:crypto';
import { isCompared } from './compare.ts';
import type { Recommendation, SiteModel } from './graph.ts';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

const vocabularies = new WeakMap<SiteModel, string>();

/** The tags and actors, hashed once per model. */
function vocabulary(site: SiteModel): string {
  let key = vocabularies.get(site);
  if (key === undefined) {
    key = hash([site.tags, site.actors]);
    vocabularies.set(site, key);
  }
  return key;
}

/** A recommendation as it appears in someone else's page: its entry and its briefing's entry. */
function shown(site: SiteModel, rec: Recommendation) {
  return [rec, site.briefing(rec.data.briefing.id).data];
}

/** What a recommendation's section or page shows about its links to others. */
function links(site: SiteModel, rec: Recommendation) {
  return [
    site.relations(rec.id).map((view) => [view, shown(site, site.recommendation(view.otherId))]),
    site.alsoRelated(rec.id).map((related) => shown(site, related.recommendation)),
  ];
}

export function recommendationPageKey(site: SiteModel, id: string, settings: unknown): string {
  const rec = site.recommendation(id);
  const briefing = site.briefing(rec.data.briefing.id);
  const siblings = site.recommendationsOf(briefing.id).map((r) => [r.id, r.data.title]);
  return hash([settings, vocabulary(site), rec, briefing.data, siblings, links(site, rec)]);
}

/** A briefing page shows its recommendations but not their links to others. */
export function briefingPageKey(site: SiteModel, id: string, settings: unknown): string {
  return hash([settings, vocabulary(site), site.briefing(id), site.recommendationsOf(id), isCompared(site, id)]);
}
